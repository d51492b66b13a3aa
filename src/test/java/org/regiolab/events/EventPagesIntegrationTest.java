package org.regiolab.events;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The event pages as a visitor, a registrant with the link from their mail and a coordinator use them. */
@IntegrationTest
class EventPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	EventRegistry events;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aVisitorRegistersOnThePageAndCancelsWithTheLinkFromTheMailWithoutAnAccount() throws Exception {
		UUID event = event("Handwerker-Frühstück Seite", 1, true);
		mvc.perform(get("/events/{id}", event)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Handwerker-Frühstück Seite")))
			.andExpect(content().string(containsString("Verbindlich anmelden")))
			.andExpect(content().string(not(containsString("Zahlen zur Veranstaltung"))));
		mvc.perform(post("/events/{id}/registrations", event).with(csrf()).param("givenName", "Erika")
				.param("familyName", "Muster").param("email", "ohne-haken@example.org"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ohne Ihr Einverständnis")));
		assertThat(registrations(event)).isZero();
		mvc.perform(post("/events/{id}/registrations", event).with(csrf()).param("givenName", "Erika")
				.param("familyName", "Muster").param("email", "erika.seite@example.org")
				.param("organisation", "Handwerkskammer Münster").param("privacy", "true"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("outcome"));
		assertThat(jdbc.sql("select organisation is not null from registration where event = ?").param(event)
			.query(Boolean.class).single()).isTrue();
		mvc.perform(post("/events/{id}/registrations", event).with(csrf()).param("givenName", "Zweite")
				.param("familyName", "Person").param("email", "zweite.seite@example.org").param("privacy", "true"))
			.andExpect(status().is3xxRedirection());
		String token = jdbc.sql("select cancel_token from registration where email = 'erika.seite@example.org'")
			.query(String.class).single();
		mvc.perform(get("/events/registrations/{token}", token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Jetzt abmelden")));
		mvc.perform(post("/events/registrations/{token}", token).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select status from registration where email = 'zweite.seite@example.org'")
			.query(String.class).single()).isEqualTo("CONFIRMED");
		mvc.perform(get("/events/registrations/{token}", "x".repeat(32))).andExpect(status().isNotFound());
	}

	@Test
	void membersOnlyEventsAreHiddenFromVisitorsAndTheListFiltersAndExports() throws Exception {
		UUID hidden = event("Interner Stammtisch Seite", 10, false);
		mvc.perform(get("/events")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Interner Stammtisch Seite"))));
		mvc.perform(get("/events/{id}", hidden)).andExpect(status().is3xxRedirection());
		mvc.perform(get("/events").param("q", "Stammtisch Seite").with(user("mitglied@demo.regiolab.example").roles("MEMBER")))
			.andExpect(content().string(containsString("Interner Stammtisch Seite")));
		var export = mvc.perform(get("/events/export").param("q", "Stammtisch Seite").with(user("k").roles("COORDINATOR")))
			.andReturn();
		mvc.perform(asyncDispatch(export)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Interner Stammtisch Seite")));
	}

	@Test
	void aCoordinatorChecksPeopleInWithOneTapAddsAWalkInAndDownloadsTheParticipantList() throws Exception {
		UUID event = event("Netzwerktreffen Check-in Seite", 200, true);
		mvc.perform(post("/events/{id}/registrations", event).with(csrf()).param("givenName", "Jörg")
				.param("familyName", "Öztürk").param("email", "joerg@example.org").param("privacy", "true"));
		UUID registration = jdbc.sql("select id from registration where event = ?").param(event).query(UUID.class).single();
		var coordinator = user("koordination@demo.regiolab.example").roles("COORDINATOR");
		mvc.perform(get("/events/{id}/check-in", event).param("q", "Özt").with(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Öztürk, Jörg")));
		mvc.perform(post("/events/{id}/check-in/{r}", event, registration).with(coordinator).with(csrf())
				.header("HX-Request", "true"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("checkin-person--in")));
		mvc.perform(post("/events/{id}/walk-ins", event).with(coordinator).with(csrf()).param("givenName", "Walter")
				.param("familyName", "Spontan").param("email", "walter@example.org").param("organisation", "IHK Musterstadt"))
			.andExpect(status().is3xxRedirection());
		var download = mvc.perform(get("/events/{id}/participants.xlsx", event).with(coordinator)).andReturn();
		byte[] workbook = mvc.perform(asyncDispatch(download)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
			var sheet = read.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nachname");
			assertThat(List.of(sheet.getRow(1).getCell(0).getStringCellValue(), sheet.getRow(2).getCell(0).getStringCellValue()))
				.containsExactly("Öztürk", "Spontan");
			assertThat(sheet.getRow(2).getCell(3).getStringCellValue()).isEqualTo("IHK Musterstadt");
			assertThat(sheet.getRow(1).getCell(7).getLocalDateTimeCellValue()).isNotNull();
		}
		mvc.perform(get("/events/{id}", event).with(coordinator))
			.andExpect(content().string(containsString("2 Teilnehmende")));
		mvc.perform(get("/events/{id}/check-in", event).with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
	}

	@Test
	void aCoordinatorCreatesAMonthlySeriesWithItsProgrammeAndABadProgrammeLineIsShownAtTheField() throws Exception {
		var coordinator = user("koordination@demo.regiolab.example").roles("COORDINATOR");
		mvc.perform(post("/events").with(coordinator).with(csrf()).param("title", "Frühstück Reihe Seite")
				.param("kind", "BREAKFAST").param("startsAt", "2027-01-13T08:00").param("endsAt", "2027-01-13T09:30")
				.param("openToPublic", "true").param("capacity", "30")
				.param("programme", "08:00–08:30 | Ankommen\n08:30 | Impuls: Digitalisierung im Handwerk | HWK | Saal")
				.param("recurrence", "MONTHLY").param("occurrences", "6"))
			.andExpect(status().is3xxRedirection());
		List<OffsetDateTime> starts = jdbc.sql("select starts_at from event where title = 'Frühstück Reihe Seite' order by starts_at")
			.query(OffsetDateTime.class).list();
		assertThat(starts).hasSize(6);
		// the same local time in winter and in summer
		assertThat(starts.get(5).atZoneSameInstant(ZoneId.of("Europe/Berlin")).toLocalTime().toString()).isEqualTo("08:00");
		assertThat(jdbc.sql("select count(*) from event_session s join event e on e.id = s.event where e.title = 'Frühstück Reihe Seite'")
			.query(Integer.class).single()).isEqualTo(12);
		mvc.perform(post("/events").with(coordinator).with(csrf()).param("title", "Kaputtes Programm")
				.param("kind", "WORKSHOP").param("startsAt", "2027-01-13T08:00").param("endsAt", "2027-01-13T07:30")
				.param("programme", "irgendwann | etwas"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("field--error")));
		assertThat(jdbc.sql("select count(*) from event where title = 'Kaputtes Programm'").query(Integer.class).single()).isZero();
	}

	private UUID event(String title, int capacity, boolean isPublic) {
		OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(10).withNano(0);
		return events.create(new EventData(title, EventKind.BREAKFAST, null, start, start.plusHours(2), "Bottrop", null,
				null, null, isPublic, capacity, null, null, null, List.of()));
	}

	private int registrations(UUID event) {
		return jdbc.sql("select count(*) from registration where event = ?").param(event).query(Integer.class).single();
	}
}
