package org.regiolab.events;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;
import org.regiolab.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.awaitility.Awaitility.await;

/**
 * Experts offer slots of a consultation day, signed-in people book them, each slot once, and both
 * sides get an iCalendar invitation through the real SMTP server of the tests.
 */
@IntegrationTest
class ConsultationDaysIntegrationTest {

	static final OffsetDateTime DAY = OffsetDateTime.parse("2031-11-22T09:00:00+01:00");

	@LocalServerPort
	int port;

	@Autowired
	EventRegistry events;

	@Autowired
	ConsultationDays consultations;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aBookedSlotInvitesBookerAndExpertAndASecondBookingIsRefusedWithoutChangingIt() throws Exception {
		LiveHttp http = new LiveHttp(port);
		String title = "Sprechtag Fördermittel " + UUID.randomUUID().toString().substring(0, 8);
		UUID day = consultationDay(title);
		String slot = offer(http, day, "2031-11-22T10:00:00+01:00", 30);

		HttpResponse<String> booked = send(http, DemoUser.MEMBER, "POST", "/api/v1/slots/" + slot + "/booking",
				"{\"topic\": \"Förderung für die Ladeninfrastruktur\"}");
		assertThat(booked.statusCode()).isEqualTo(201);
		assertThat(booked.body()).contains("\"free\":false", "Ladeninfrastruktur");

		HttpResponse<String> again = send(http, DemoUser.COORDINATOR, "POST", "/api/v1/slots/" + slot + "/booking",
				"{\"topic\": \"Etwas anderes\"}");
		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(again.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(again.body()).contains("schon vergeben");
		assertThat(jdbc.sql("select booked_by from consultation_booking where slot = ?").param(UUID.fromString(slot))
			.query(String.class).list()).containsExactly(DemoUser.MEMBER.email());

		for (DemoUser invited : List.of(DemoUser.MEMBER, DemoUser.EXPERT)) {
			MimeMessage mail = await().until(() -> mailAbout(invited, title), found -> found != null);
			VEvent event = invitation(mail);
			DtStart<?> start = event.getDateTimeStart();
			assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");
			assertThat(ZonedDateTime.from(start.getDate()).toLocalDateTime()).hasToString("2031-11-22T10:00");
			assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("consultation-slot-" + slot + "@regiolab");
			assertThat(event.getProperty("ORGANIZER").orElseThrow().getValue()).isEqualTo("mailto:" + DemoUser.EXPERT.email());
			assertThat(event.getProperty("ATTENDEE").orElseThrow().getValue()).isEqualTo("mailto:" + DemoUser.MEMBER.email());
			assertThat(event.getProperty("LOCATION").orElseThrow().getValue()).isEqualTo("Raum 2.14");
		}

		assertThat(send(http, DemoUser.MEMBER, "DELETE", "/api/v1/slots/" + slot + "/booking", "").statusCode()).isEqualTo(204);
		assertThat(send(http, DemoUser.COORDINATOR, "POST", "/api/v1/slots/" + slot + "/booking",
				"{\"topic\": \"Jetzt ist er frei\"}").statusCode()).isEqualTo(201);
	}

	@Test
	void twentyAtOnceBookOneSlotAndExactlyOneGetsIt() throws Exception {
		UUID day = consultationDay("Sprechtag Andrang " + UUID.randomUUID());
		UUID slot = consultations.publish(day, new Caller(DemoUser.EXPERT.email(), false, false),
				new SlotData(DAY.plusHours(2), 45, List.of("Nachfolge"), true, null, "https://meet.example.org/sprechtag"));
		ExecutorService pool = Executors.newFixedThreadPool(20);
		List<Future<Boolean>> attempts = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			Caller booker = new Caller("betrieb" + i + "@example.org", false, false);
			Callable<Boolean> attempt = () -> {
				try {
					consultations.book(slot, booker, "Unternehmensnachfolge");
					return true;
				}
				catch (SlotTakenException ex) {
					return false;
				}
			};
			attempts.add(pool.submit(attempt));
		}
		int succeeded = 0;
		for (Future<Boolean> attempt : attempts) {
			succeeded += attempt.get() ? 1 : 0;
		}
		pool.shutdown();
		assertThat(succeeded).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from consultation_booking where slot = ?").param(slot).query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theAdviceIsSeenByCoordinatorsAndTheExpertButNotByAnotherMember() {
		LiveHttp http = new LiveHttp(port);
		UUID day = consultationDay("Sprechtag Beratung " + UUID.randomUUID());
		String slot = offer(http, day, "2031-11-22T11:00:00+01:00", 60);
		assertThat(send(http, DemoUser.ADMIN, "POST", "/api/v1/slots/" + slot + "/booking",
				"{\"topic\": \"Digitalisierung im Handwerk\"}").statusCode()).isEqualTo(201);
		assertThat(send(http, DemoUser.MEMBER, "PUT", "/api/v1/slots/" + slot + "/advice",
				"{\"advice\": \"Nicht meins\"}").statusCode()).isEqualTo(403);
		assertThat(send(http, DemoUser.EXPERT, "PUT", "/api/v1/slots/" + slot + "/advice",
				"{\"advice\": \"Digitalbonus beantragen\"}").statusCode()).isEqualTo(200);

		assertThat(http.get("/api/v1/events/" + day + "/slots", "Authorization", DemoUser.COORDINATOR.basic()).body())
			.contains("Digitalbonus beantragen", DemoUser.ADMIN.email());
		String seenByMember = http.get("/api/v1/events/" + day + "/slots", "Authorization", DemoUser.MEMBER.basic()).body();
		assertThat(seenByMember).contains("\"free\":false", "\"booking\":null")
			.doesNotContain("Digitalbonus", "Digitalisierung im Handwerk", DemoUser.ADMIN.email());
		assertThat(send(http, DemoUser.MEMBER, "DELETE", "/api/v1/slots/" + slot + "/booking", "").statusCode())
			.isEqualTo(403);
	}

	@Test
	void invalidSlotsAndBookingsAreRefusedWithTheirFieldAndStoreNothing() {
		LiveHttp http = new LiveHttp(port);
		UUID day = consultationDay("Sprechtag Prüfung " + UUID.randomUUID());
		assertThat(offerAs(http, DemoUser.MEMBER, day, "2031-11-22T10:00:00+01:00", 30, "Raum 1").statusCode()).isEqualTo(403);
		assertInvalid(offerAs(http, DemoUser.EXPERT, day, "2031-11-22T10:00:00+01:00", 10, "Raum 1"), "minutes");
		assertInvalid(offerAs(http, DemoUser.EXPERT, day, "2031-11-22T10:00:00+01:00", 481, "Raum 1"), "minutes");
		assertInvalid(offerAs(http, DemoUser.EXPERT, day, "2031-11-22T08:30:00+01:00", 30, "Raum 1"), "startsAt");
		assertInvalid(offerAs(http, DemoUser.EXPERT, day, "2031-11-22T17:00:00+01:00", 30, "Raum 1"), "startsAt");
		assertInvalid(offerAs(http, DemoUser.EXPERT, day, "2031-11-22T16:45:00+01:00", 30, "Raum 1"), "minutes");
		assertInvalid(offerAs(http, DemoUser.EXPERT, day, "2031-11-22T10:00:00+01:00", 30, ""), "location");
		assertThat(jdbc.sql("select count(*) from consultation_slot where event = ?").param(day).query(Long.class)
			.single()).isZero();

		String slot = offer(http, day, "2031-11-22T10:00:00+01:00", 30);
		assertInvalid(send(http, DemoUser.MEMBER, "POST", "/api/v1/slots/" + slot + "/booking",
				"{\"topic\": \"" + "x".repeat(501) + "\"}"), "topic");
		assertInvalid(send(http, DemoUser.MEMBER, "POST", "/api/v1/slots/" + slot + "/booking", "{\"topic\": \" \"}"),
				"topic");
		assertThat(jdbc.sql("select count(*) from consultation_booking where slot = ?").param(UUID.fromString(slot))
			.query(Long.class).single()).isZero();
		assertThat(send(http, DemoUser.MEMBER, "POST", "/api/v1/slots/" + UUID.randomUUID() + "/booking",
				"{\"topic\": \"Gibt es nicht\"}").statusCode()).isEqualTo(404);
	}

	@Test
	void thePageListsSlotsBooksOneAndSaysSoWhenItIsTaken() throws Exception {
		UUID day = consultationDay("Sprechtag Seite " + UUID.randomUUID());
		UUID slot = consultations.publish(day, new Caller(DemoUser.EXPERT.email(), false, false),
				new SlotData(DAY.plusHours(1), 30, List.of("Förderung"), false, "Raum 3", null));
		mvc.perform(get("/events/" + day + "/slots").with(user(DemoUser.MEMBER.email()).roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("22.11.2031, 10:00")))
			.andExpect(content().string(containsString("frei")));
		mvc.perform(post("/events/slots/" + slot + "/booking").param("topic", "x".repeat(1_000_000)).with(csrf())
			.with(user(DemoUser.MEMBER.email()).roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("aria-describedby=\"topic-" + slot + "-error\"")));
		mvc.perform(post("/events/slots/" + slot + "/booking").param("topic", "Förderung").with(csrf())
			.with(user(DemoUser.MEMBER.email()).roles("MEMBER")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("booked", true));
		mvc.perform(post("/events/slots/" + slot + "/booking").param("topic", "Auch").with(csrf())
			.with(user(DemoUser.COORDINATOR.email()).roles("COORDINATOR")))
			.andExpect(flash().attribute("taken", true));
	}

	@Test
	void eventFilesAndFeedsParseAndShowMembersOnlyEventsToSignedInCallersOnly() throws Exception {
		LiveHttp http = new LiveHttp(port);
		UUID alliance = jdbc.sql("select id from alliance order by name limit 1").query(UUID.class).single();
		UUID open = events.create(new EventData("Netzwerktreffen " + UUID.randomUUID(), EventKind.NETWORK_MEETING,
				"Für alle", DAY, DAY.plusHours(2), null, "https://meet.example.org/treffen", alliance, null, true, null,
				null, null, null, List.of()));
		UUID closed = events.create(new EventData("Mitgliedertreffen " + UUID.randomUUID(), EventKind.NETWORK_MEETING,
				null, DAY, DAY.plusHours(2), "Rathaus", null, alliance, null, false, null, null, null, null, List.of()));

		HttpResponse<String> file = http.get("/events/" + open + "/calendar.ics");
		assertThat(file.headers().firstValue("Content-Type")).hasValue("text/calendar;charset=UTF-8");
		VEvent event = (VEvent) parse(file).getComponent("VEVENT").orElseThrow();
		assertThat(event.getProperty("UID").orElseThrow().getValue()).isEqualTo("event-" + open + "@regiolab");
		assertThat(event.getProperty("URL").orElseThrow().getValue()).isEqualTo("https://meet.example.org/treffen");
		assertThat(event.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Berlin");

		assertThat(http.get("/api/v1/events/" + closed + "/calendar.ics").statusCode()).isEqualTo(403);
		assertThat(http.get("/events/" + closed + "/calendar.ics").statusCode()).isNotEqualTo(200);
		assertThat(parse(http.get("/api/v1/events/" + closed + "/calendar.ics", "Authorization", DemoUser.MEMBER.basic()))
			.getComponent("VEVENT")).isPresent();

		for (String feed : List.of("/calendar/events.ics", "/calendar/alliances/" + alliance + ".ics")) {
			List<String> uids = parse(http.get(feed)).getComponents("VEVENT").stream()
				.map(component -> component.getProperty("UID").orElseThrow().getValue())
				.toList();
			assertThat(uids).as(feed).contains("event-" + open + "@regiolab").doesNotContain("event-" + closed + "@regiolab");
		}
		assertThat(http.get("/calendar/alliances/" + UUID.randomUUID() + ".ics").statusCode()).isEqualTo(404);
	}

	private static Calendar parse(HttpResponse<String> response) throws Exception {
		assertThat(response.statusCode()).isEqualTo(200);
		return new CalendarBuilder().build(new StringReader(response.body()));
	}

	private UUID consultationDay(String title) {
		return events.create(new EventData(title, EventKind.CONSULTATION_DAY, "Beratung für Betriebe", DAY,
				DAY.plusHours(8), "Rathaus", null, null, null, true, null, null, null, null, List.of()));
	}

	private String offer(LiveHttp http, UUID day, String startsAt, int minutes) {
		HttpResponse<String> created = offerAs(http, DemoUser.EXPERT, day, startsAt, minutes, "Raum 2.14");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
	}

	private static HttpResponse<String> offerAs(LiveHttp http, DemoUser user, UUID day, String startsAt, int minutes,
			String location) {
		return send(http, user, "POST", "/api/v1/events/" + day + "/slots", """
				{"startsAt": "%s", "minutes": %d, "topics": ["Förderung", "Fachkräfte"], "online": false,
				 "location": "%s"}""".formatted(startsAt, minutes, location));
	}

	private static void assertInvalid(HttpResponse<String> response, String field) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		assertThat(response.body()).contains("\"field\":\"" + field + "\"");
	}

	private static HttpResponse<String> send(LiveHttp http, DemoUser user, String method, String path, String json) {
		return http.send(method, path, json, "Authorization", user.basic(), "Content-Type", "application/json",
				"Accept-Language", "de");
	}

	private static MimeMessage mailAbout(DemoUser user, String title) throws Exception {
		for (MimeMessage message : TestMailServer.receivedBy(user.email())) {
			if (message.getSubject().contains(title)) {
				return message;
			}
		}
		return null;
	}

	private static VEvent invitation(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			Part part = parts.getBodyPart(i);
			if (part.isMimeType("text/calendar")) {
				String text = new String(part.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
				Calendar calendar = new CalendarBuilder().build(new StringReader(text));
				assertThat(calendar.getProperty("METHOD").orElseThrow().getValue()).isEqualTo("REQUEST");
				assertThat(calendar.getComponent("VTIMEZONE")).isPresent();
				return (VEvent) calendar.getComponent("VEVENT").orElseThrow();
			}
		}
		throw new AssertionError("No text/calendar attachment in " + mail.getSubject());
	}
}
