package org.regiolab.feedback;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lab team's pages of themed worlds and stations: the demo world's figures, forms that refuse
 * bad input next to the field and store nothing, moderation, exports and the station's card.
 */
@IntegrationTest
class FeedbackPagesIntegrationTest {

	static final RequestPostProcessor COORDINATOR = SecurityMockMvcRequestPostProcessors
		.user("koordination@demo.regiolab.example").roles("COORDINATOR");
	static final RequestPostProcessor MEMBER = SecurityMockMvcRequestPostProcessors
		.user("mitglied@demo.regiolab.example").roles("MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	FeedbackIntake intake;

	@Test
	void theDemoThemedWorldShowsItsFiveIslandsTheirFiguresAndTheCompaniesReports() throws Exception {
		UUID world = demoWorld();
		mvc.perform(get("/themed-worlds").param("q", "intelligent").with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("intelligent &amp; digital"), containsString("JOSEPHS"),
					containsString("01.12.2018 bis 31.12.2018"), containsString(">300<"))));
		mvc.perform(get("/themed-worlds/" + world).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("KI in der Arbeitswelt"), containsString("Virtuelle Kongresshalle"),
					containsString("Interaktive Fußballübertragung"), containsString("Digitaler Einkaufsberater"),
					containsString("Sprachassistent fürs Zuhause"), containsString("300 Rückmeldungen"),
					containsString("Bericht für Demo VR Studio GmbH als PDF herunterladen"))));
		mvc.perform(get("/themed-worlds/" + world).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Virtuelle Kongresshalle"),
					not(containsString("Berichte für die Unternehmen")), not(containsString("Auswertung")))));
	}

	@Test
	void aStationsPageSumsUpItsFeedbackAndTheLabTeamHidesOneOfThem() throws Exception {
		UUID station = station("Virtuelle Kongresshalle");
		mvc.perform(get("/stations/" + station).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("60 Rückmeldungen"), containsString("Verteilung der Bewertungen"),
					containsString("Kiosk für das Tablet öffnen"), containsString("Wiederkehrende Themen"),
					containsString("<strong>Brille</strong>"), containsString("<strong>Akkulaufzeit</strong>"))));
		UUID abusive = UUID.randomUUID();
		intake.submit(station, new FeedbackData(abusive, 1, "Alles Mist hier", null, null, Map.of(),
				java.time.OffsetDateTime.parse("2018-12-24T12:00:00+01:00")));

		mvc.perform(post("/feedback/" + abusive + "/moderation").with(csrf()).with(COORDINATOR)
				.param("hidden", "true").param("themes", "Beleidigung, Spam"))
			.andExpect(redirectedUrl("/stations/" + station + "#feedback-" + abusive));
		assertThat(jdbc.sql("select hidden from feedback where id = ?").param(abusive).query(Boolean.class).single()).isTrue();
		mvc.perform(get("/stations/" + station).param("visibility", "HIDDEN").with(COORDINATOR))
			.andExpect(content().string(allOf(containsString("Alles Mist hier"), containsString("beleidigung, spam"),
					containsString("60 Rückmeldungen"))));

		mvc.perform(post("/feedback/" + abusive + "/moderation").with(csrf()).with(COORDINATOR).header("HX-Request", "true")
				.param("hidden", "false").param("themes", "spam"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(startsWith("<li id=\"feedback-" + abusive), containsString("Ausblenden"))));
		mvc.perform(post("/feedback/" + abusive + "/moderation").with(csrf()).with(MEMBER).param("hidden", "true"))
			.andExpect(status().isForbidden());
	}

	@Test
	void theFeedbackOfAStationDownloadsAsCsvAndItsCardCarriesTheQrCode() throws Exception {
		UUID station = station("Sprachassistent fürs Zuhause");
		var download = mvc.perform(get("/stations/" + station + "/feedback.csv").param("rating", "5").with(COORDINATOR))
			.andReturn();
		String csv = mvc.perform(asyncDispatch(download))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("sprachassistent-fuers-zuhause.csv")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFErfasst;Bewertung;Was funktioniert gut?");
		assertThat(csv.lines().skip(1)).isNotEmpty().allMatch(line -> line.split(";")[1].equals("5"));

		mvc.perform(get("/stations/" + station + "/card").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<svg"), containsString("/stations/" + station + "/feedback"),
					containsString("Ohne Anmeldung, ohne persönliche Daten"))));
	}

	@Test
	void aThemedWorldThatEndsBeforeItStartsIsRefusedNextToTheFieldAndNothingIsStored() throws Exception {
		UUID lab = jdbc.sql("select lab from themed_world where id = ?").param(demoWorld()).query(UUID.class).single();
		long before = worlds();
		mvc.perform(post("/themed-worlds").param("lab", lab.toString()).with(csrf()).with(COORDINATOR)
				.param("title", "gesund & vernetzt").param("startsOn", "2027-03-31").param("endsOn", "2027-03-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"endsOn-error\""),
					containsString("Eine Themenwelt endet nicht vor ihrem Beginn."))));
		assertThat(worlds()).isEqualTo(before);

		mvc.perform(post("/themed-worlds").param("lab", lab.toString()).with(csrf()).with(COORDINATOR)
				.param("title", "gesund & vernetzt").param("startsOn", "2027-03-01").param("endsOn", "2027-03-31"))
			.andExpect(redirectedUrlPattern("/themed-worlds/*"));
		assertThat(worlds()).isEqualTo(before + 1);
	}

	@Test
	void aStationsQuestionsAreWrittenOneALineAndABadLineIsRefusedNextToTheField() throws Exception {
		UUID world = demoWorld();
		long before = stations();
		mvc.perform(post("/stations").param("world", world.toString()).with(csrf()).with(COORDINATOR)
				.param("name", "Smarte Mülltonne").param("questions", "Würden Sie sie kaufen?"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"questions-error\""),
					containsString("Jede Zeile braucht eine Frage"))));
		assertThat(stations()).isEqualTo(before);

		String location = mvc.perform(post("/stations").param("world", world.toString()).with(csrf()).with(COORDINATOR)
				.param("name", "Smarte Mülltonne").param("systemUsabilityScale", "true")
				.param("questions", "Würden Sie sie kaufen? | Ja | Nein\nWie laut ist sie? | 1-7"))
			.andExpect(redirectedUrlPattern("/stations/*"))
			.andReturn().getResponse().getRedirectedUrl();
		List<String> keys = jdbc.sql("select jsonb_array_elements(questions) ->> 'key' from station where name = 'Smarte Mülltonne'")
			.query(String.class).list();
		assertThat(keys).hasSize(12).startsWith("wuerden-sie-sie-kaufen", "wie-laut-ist-sie", "sus-1");
		mvc.perform(get(location + "/edit").with(COORDINATOR))
			.andExpect(content().string(containsString("Wie laut ist sie? | 1-7")));
	}

	private UUID demoWorld() {
		return jdbc.sql("select id from themed_world where title = 'intelligent & digital'").query(UUID.class).single();
	}

	private UUID station(String name) {
		return jdbc.sql("select s.id from station s join themed_world w on w.id = s.themed_world "
				+ "where s.name = ? and w.title = 'intelligent & digital'").param(name).query(UUID.class).single();
	}

	private long worlds() {
		return jdbc.sql("select count(*) from themed_world").query(Long.class).single();
	}

	private long stations() {
		return jdbc.sql("select count(*) from station").query(Long.class).single();
	}
}
