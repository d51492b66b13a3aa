package org.regiolab.events;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;
import org.regiolab.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Registrations through the real HTTP API, as a crowd sends them: capacity never exceeded, the
 * waitlist in arrival order, one repeated email one seat, a cancellation that promotes exactly
 * one, and bad input that stores nothing.
 */
@IntegrationTest
class RegistrationsIntegrationTest {

	static final String COORDINATOR = DemoUser.COORDINATOR.basic();
	static final String MEMBER = DemoUser.MEMBER.basic();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void fiveHundredRegistrationsAtOnceForFiftySeatsEndAsFiftyConfirmedAndFourHundredFiftyWaitlistedInArrivalOrder()
			throws Exception {
		LiveHttp http = new LiveHttp(port);
		String event = createEvent(http, "Netzwerktreffen Ansturm", 50, true);
		List<Future<HttpResponse<String>>> answers = new ArrayList<>();
		ExecutorService clients = Executors.newFixedThreadPool(64);
		try {
			for (int i = 0; i < 500; i++) {
				String body = registration("Person", "Nummer " + i, "ansturm-" + i + "@example.org");
				answers.add(clients.submit(() -> http.send("POST", "/api/v1/events/" + event + "/registrations", body,
						"Content-Type", "application/json")));
			}
			for (Future<HttpResponse<String>> answer : answers) {
				assertThat(answer.get().statusCode()).isEqualTo(201);
			}
		}
		finally {
			clients.shutdownNow();
		}
		assertThat(count(event, "CONFIRMED")).isEqualTo(50);
		assertThat(count(event, "WAITLISTED")).isEqualTo(450);
		long lastSeat = jdbc.sql("select max(arrival) from registration where event = ? and status = 'CONFIRMED'")
			.param(UUID.fromString(event)).query(Long.class).single();
		long firstWaiting = jdbc.sql("select min(arrival) from registration where event = ? and status = 'WAITLISTED'")
			.param(UUID.fromString(event)).query(Long.class).single();
		assertThat(lastSeat).isLessThan(firstWaiting);
		assertThat(answers.stream().map(RegistrationsIntegrationTest::body).filter(b -> b.contains("WAITLISTED"))
			.map(b -> b.replaceAll(".*\"waitlistPosition\":(\\d+).*", "$1")).distinct().count()).isEqualTo(450);
		HttpResponse<String> statistics = http.get("/api/v1/events/" + event + "/statistics", "Authorization", COORDINATOR);
		assertThat(statistics.body()).contains("\"confirmed\":50", "\"waitlisted\":450", "\"cancelled\":0");
	}

	@Test
	void aCancellationPromotesExactlyTheFirstOnTheWaitlistAndMailsThem() {
		LiveHttp http = new LiveHttp(port);
		String event = createEvent(http, "Handwerker-Frühstück Nachrücken", 2, true);
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			HttpResponse<String> answer = register(http, event, registration("Gast", "Nr. " + i, "nachruecken-" + i + "-" + event + "@example.org"));
			ids.add(body(answer).replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
		}
		assertThat(body(register(http, event, registration("Gast", "Nr. 3", "nachruecken-3-" + event + "@example.org"))))
			.contains("\"waitlistPosition\":2");
		HttpResponse<String> cancelled = http.send("DELETE", "/api/v1/events/" + event + "/registrations/" + ids.get(0), "",
				"Authorization", COORDINATOR);
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"");
		assertThat(count(event, "CONFIRMED")).isEqualTo(2);
		assertThat(status(ids.get(2))).isEqualTo("CONFIRMED");
		assertThat(status(ids.get(3))).isEqualTo("WAITLISTED");
		// the mails of the other tests may be queued before these
		List<MimeMessage> promoted = await().atMost(Duration.ofSeconds(90)).until(
				() -> TestMailServer.receivedBy("nachruecken-2-" + event + "@example.org"), mails -> mails.size() == 2);
		assertThat(promoted).extracting(RegistrationsIntegrationTest::subject)
			.containsExactlyInAnyOrder("Warteliste: Handwerker-Frühstück Nachrücken",
					"Ein Platz ist frei geworden: Handwerker-Frühstück Nachrücken");
		// cancelling again changes nothing and promotes nobody else
		http.send("DELETE", "/api/v1/events/" + event + "/registrations/" + ids.get(0), "", "Authorization", COORDINATOR);
		assertThat(status(ids.get(3))).isEqualTo("WAITLISTED");
	}

	@Test
	void theSameEmailTwiceGetsTheExistingRegistrationBackNotASecondSeat() {
		LiveHttp http = new LiveHttp(port);
		String event = createEvent(http, "Infoveranstaltung Doppelt", 10, true);
		HttpResponse<String> first = register(http, event, registration("Erika", "Muster", "erika.muster@example.org"));
		HttpResponse<String> second = register(http, event, registration("Erika", "Muster", "Erika.Muster@Example.org"));
		assertThat(first.statusCode()).isEqualTo(201);
		assertThat(second.statusCode()).isEqualTo(200);
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(count(event, "CONFIRMED")).isEqualTo(1);
	}

	@Test
	void aMembersOnlyEventRefusesAnonymousVisitorsAndTakesSignedInMembers() {
		LiveHttp http = new LiveHttp(port);
		String event = createEvent(http, "Interne Exkursion", 20, false);
		HttpResponse<String> anonymous = register(http, event, registration("Max", "Anonym", "max.anonym@example.org"));
		assertThat(anonymous.statusCode()).isEqualTo(403);
		assertThat(anonymous.body()).contains("\"reason\":\"MEMBERS_ONLY\"", "nur für angemeldete Mitglieder");
		assertThat(http.get("/api/v1/events/" + event).statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/events").body()).doesNotContain(event);
		HttpResponse<String> member = http.send("POST", "/api/v1/events/" + event + "/registrations",
				registration("Mia", "Mitglied", "mitglied@demo.regiolab.example"), "Content-Type", "application/json",
				"Authorization", MEMBER);
		assertThat(member.statusCode()).isEqualTo(201);
	}

	@Test
	void badInputGetsAClearErrorAndStoresNothing() {
		LiveHttp http = new LiveHttp(port);
		long eventsBefore = jdbc.sql("select count(*) from event").query(Long.class).single();
		HttpResponse<String> endBeforeStart = http.send("POST", "/api/v1/events", eventJson("Rückwärts", 10, true,
				"2027-03-01T18:00:00+01:00", "2027-03-01T09:00:00+01:00"), "Content-Type", "application/json",
				"Authorization", COORDINATOR);
		assertThat(endBeforeStart.statusCode()).isEqualTo(422);
		assertThat(endBeforeStart.body()).contains("\"field\":\"endsAt\"");
		HttpResponse<String> negative = http.send("POST", "/api/v1/events", eventJson("Negativ", -1, true,
				"2027-03-01T09:00:00+01:00", "2027-03-01T18:00:00+01:00"), "Content-Type", "application/json",
				"Authorization", COORDINATOR);
		assertThat(negative.statusCode()).isEqualTo(422);
		assertThat(negative.body()).contains("\"field\":\"capacity\"");
		assertThat(jdbc.sql("select count(*) from event").query(Long.class).single()).isEqualTo(eventsBefore);

		String event = createEvent(http, "Sprechstunde Fehler", 10, true);
		HttpResponse<String> noAt = register(http, event, registration("Ohne", "At", "ohne-at.example.org"));
		assertThat(noAt.statusCode()).isEqualTo(422);
		assertThat(noAt.body()).contains("\"field\":\"email\"");
		HttpResponse<String> huge = register(http, event, registration("x".repeat(1024 * 1024), "Riesig", "riesig@example.org"));
		assertThat(huge.statusCode()).isIn(413, 422);
		HttpResponse<String> unknownOrganisation = register(http, event, """
				{"givenName": "Ute", "familyName": "Unbekannt", "email": "ute@example.org", "organizationId": "%s"}"""
			.formatted(UUID.randomUUID()));
		assertThat(unknownOrganisation.statusCode()).isEqualTo(422);
		assertThat(unknownOrganisation.body()).contains("\"field\":\"organizationId\"");
		assertThat(jdbc.sql("select count(*) from registration where event = ?").param(UUID.fromString(event))
			.query(Long.class).single()).isZero();
	}

	@Test
	void checkInWalkInsAndStatisticsCountOrganisationsAndAlliances() {
		LiveHttp http = new LiveHttp(port);
		String event = createEvent(http, "Netzwerktreffen Zählung", 10, true);
		String hohenlohe = jdbc.sql("select id from organisation where name = 'Innovationsregion Hohenlohe e. V.'")
			.query(String.class).single();
		String first = id(register(http, event, """
				{"givenName": "Anna", "familyName": "Eins", "email": "anna.eins@example.org", "organizationId": "%s"}"""
			.formatted(hohenlohe)));
		register(http, event, """
				{"givenName": "Bernd", "familyName": "Zwei", "email": "bernd.zwei@example.org", "organizationName": "IHK Musterstadt"}""");
		assertThat(http.send("POST", "/api/v1/events/" + event + "/registrations/" + first + "/check-in", "",
				"Authorization", COORDINATOR).body()).contains("\"checkedInAt\":\"");
		HttpResponse<String> walkIn = http.send("POST", "/api/v1/events/" + event + "/walk-ins",
				registration("Clara", "Spontan", "clara.spontan@example.org"), "Content-Type", "application/json",
				"Authorization", COORDINATOR);
		assertThat(walkIn.statusCode()).isEqualTo(201);
		HttpResponse<String> statistics = http.get("/api/v1/events/" + event + "/statistics", "Authorization", COORDINATOR);
		// check-in has begun, so participants are those checked in: Anna (Hohenlohe) and the walk-in
		assertThat(statistics.body()).contains("\"registered\":3", "\"confirmed\":3", "\"checkedIn\":2", "\"walkIns\":1",
				"\"participants\":2", "\"organizations\":1", "\"alliances\":1", "\"fromAlliances\":1",
				"\"byOrganizationKind\":{\"ASSOCIATION\":1,\"UNKNOWN\":1}");
		assertThat(http.get("/api/v1/events/" + event + "/statistics", "Authorization", MEMBER).statusCode()).isEqualTo(403);
	}

	private String createEvent(LiveHttp http, String title, int capacity, boolean isPublic) {
		OffsetDateTime start = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).plusDays(30).withNano(0);
		HttpResponse<String> created = http.send("POST", "/api/v1/events",
				eventJson(title, capacity, isPublic, start.toString(), start.plusHours(3).toString()), "Content-Type",
				"application/json", "Authorization", COORDINATOR);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		return id(created);
	}

	static String eventJson(String title, int capacity, boolean isPublic, String start, String end) {
		return """
				{"title": "%s", "kind": "NETWORK_MEETING", "startsAt": "%s", "endsAt": "%s", "location": "Berlin",
				 "capacity": %d, "public": %s}""".formatted(title, start, end, capacity, isPublic);
	}

	static String registration(String givenName, String familyName, String email) {
		return """
				{"givenName": "%s", "familyName": "%s", "email": "%s", "consentToContact": true}"""
			.formatted(givenName, familyName, email);
	}

	private static HttpResponse<String> register(LiveHttp http, String event, String body) {
		return http.send("POST", "/api/v1/events/" + event + "/registrations", body, "Content-Type", "application/json");
	}

	private static String id(HttpResponse<String> response) {
		return response.body().replaceAll("^\\{\"id\":\"([^\"]+)\".*", "$1");
	}

	private int count(String event, String status) {
		return jdbc.sql("select count(*) from registration where event = ? and status = ?")
			.params(UUID.fromString(event), status).query(Integer.class).single();
	}

	private String status(String registration) {
		return jdbc.sql("select status from registration where id = ?").param(UUID.fromString(registration))
			.query(String.class).single();
	}

	private static String body(Future<HttpResponse<String>> answer) {
		try {
			return answer.get().body();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String body(HttpResponse<String> answer) {
		return answer.body();
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
