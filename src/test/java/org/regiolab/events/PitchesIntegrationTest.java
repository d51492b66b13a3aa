package org.regiolab.events;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.regiolab.events.NetworkMeetings.HEREINSPAZIERT;
import static org.regiolab.events.NetworkMeetings.HIERGEBLIEBEN;

/** The creative labs of the 2023 network meeting: four pitches in two parallel labs, and what the ambassadors brought back. */
@IntegrationTest
class PitchesIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventRegistry events;

	@Autowired
	MockMvc mvc;

	LiveHttp http;
	UUID event;
	UUID hereinspaziert;
	UUID hiergeblieben;

	@BeforeEach
	void aNetworkMeetingWithTwoCreativeLabs() {
		http = new LiveHttp(port);
		event = NetworkMeetings.withTwoCreativeLabs(events, jdbc);
		hereinspaziert = NetworkMeetings.session(jdbc, event, HEREINSPAZIERT);
		hiergeblieben = NetworkMeetings.session(jdbc, event, HIERGEBLIEBEN);
	}

	@Test
	void theFourPitchesOfTheSeedAreReadBackGroupedByLab() throws Exception {
		pitch(hereinspaziert, "Guido Rebstock", "Innovationsregion Hohenlohe e. V.", "MINTec Hohenlohe",
				"Schon Kindergartenkinder für MINT begeistern", "Auszubildende werden geschult und geben ihr Wissen auf Augenhöhe weiter",
				"Von jungen Menschen für junge Menschen: Azubis in Kindergärten");
		pitch(hereinspaziert, "Dr. Christine Lötters", "Kunststoff-Initiative Bonn/Rhein-Sieg", "Ein Tag bei Unternehmen",
				"Junge Menschen kennen die Berufe der Region nicht", "Junge Menschen wortwörtlich an die Hand nehmen",
				"Einen Tag lang zu mehreren Unternehmen der Region");
		pitch(hiergeblieben, "Thomas Ahlswede-Brech", "Transformationsnetzwerk ReTraSON", "Mitglieder aktivieren",
				"Mitgliedsunternehmen gezielt ansprechen", "Ansprechende, innovative Formate mit eingängigen Titeln",
				"Einladungen, die herausstechen");
		pitch(hiergeblieben, "Jean-Marie Ayikpe", "Unternehmensnetzwerk Neukölln e. V.", "Das Unternehmertreffen",
				"Unternehmen vor Ort kennen einander kaum", "Unternehmerinnen und Unternehmer besuchen sich gegenseitig",
				"Regelmäßige Unternehmertreffen stärken Standort und Kooperation");

		String labs = http.get("/api/v1/events/" + event + "/pitches", "Authorization", DemoUser.EXPERT.basic()).body();
		assertThat(labs).containsSubsequence("\"sessionId\":\"" + hereinspaziert, "MINTec Hohenlohe", "Kunststoff-Initiative",
				"\"sessionId\":\"" + hiergeblieben, "ReTraSON", "Unternehmensnetzwerk Neukölln");
		assertThat(http.get("/api/v1/events/" + event + "/pitches?sessionId=" + hiergeblieben, "Authorization",
				DemoUser.EXPERT.basic()).body()).contains("ReTraSON").doesNotContain("MINTec");
		mvc.perform(get("/events/{id}/pitches", event).with(user(DemoUser.EXPERT.email()).roles("EXPERT")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Lab 1"), containsString("MINTec Hohenlohe"),
					containsString("Unternehmensnetzwerk Neukölln e. V."), containsString("scope=\"col\""))));
	}

	@Test
	void theAmbassadorRecordsResultsAndAnotherMemberIsRefused() {
		String ambassador = "{\"email\": \"" + DemoUser.EXPERT.email() + "\"}";
		assertThat(send("PUT", "/sessions/" + hereinspaziert + "/ambassador", ambassador, DemoUser.MEMBER).statusCode())
			.isEqualTo(403);
		assertThat(send("PUT", "/sessions/" + hereinspaziert + "/ambassador", ambassador, DemoUser.COORDINATOR).statusCode())
			.isEqualTo(200);
		String results = """
				{"results": "Mehr Material zum Anfassen im Schulunterricht; Eltern stellen ihre Berufe vor.",
				 "ahaMoments": "Zwischen den Regionen gibt es kaum Unterschiede, die Hürden sind oft dieselben."}""";
		HttpResponse<String> recorded = send("PUT", "/sessions/" + hereinspaziert + "/results", results, DemoUser.EXPERT);
		assertThat(recorded.statusCode()).isEqualTo(200);
		assertThat(recorded.body()).contains("Material zum Anfassen", "kaum Unterschiede");
		assertThat(send("PUT", "/sessions/" + hereinspaziert + "/results", "{\"results\": \"Überschrieben\"}", DemoUser.MEMBER)
			.statusCode()).isEqualTo(403);
		assertThat(send("PUT", "/sessions/" + hiergeblieben + "/results", results, DemoUser.EXPERT).statusCode())
			.isEqualTo(403);
		assertThat(http.get("/api/v1/events/" + event + "/pitches", "Authorization", DemoUser.MEMBER.basic()).body())
			.contains("kaum Unterschiede").doesNotContain("Überschrieben");
	}

	@Test
	void onlyTheSubmitterAndCoordinatorsChangeAPitch() {
		String location = pitch(hiergeblieben, "Jean-Marie Ayikpe", "Unternehmensnetzwerk Neukölln e. V.", "Unternehmertreffen",
				"Herausforderung", "Lösung", "Maßnahme").headers().firstValue("Location").orElseThrow();
		String changed = body(hiergeblieben, "Jean-Marie Ayikpe", "Unternehmensnetzwerk Neukölln e. V.", "Das Unternehmertreffen",
				"Herausforderung", "Lösung", "Maßnahme");
		assertThat(http.send("PUT", location, changed, "Content-Type", "application/json", "Authorization",
				DemoUser.EXPERT.basic()).statusCode()).isEqualTo(403);
		assertThat(http.send("PUT", location, changed, "Content-Type", "application/json", "Authorization",
				DemoUser.COORDINATOR.basic()).statusCode()).isEqualTo(200);
	}

	@Test
	void badInputIsRefusedWithTheFieldAndNothingIsStored() {
		long before = count();
		HttpResponse<String> tooLong = send("POST", "/pitches",
				body(hereinspaziert, "Guido Rebstock", null, "MINTec", "x".repeat(Pitches.MAX_TEXT + 1), "Lösung", "Maßnahme"),
				DemoUser.MEMBER);
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(tooLong.body()).contains("\"field\":\"challenge\"");
		HttpResponse<String> missing = send("POST", "/pitches", "{\"sessionId\": \"" + hereinspaziert
				+ "\", \"presenter\": \"Guido Rebstock\", \"challenge\": \"c\", \"solution\": \"s\", \"measure\": \"m\"}",
				DemoUser.MEMBER);
		assertThat(missing.statusCode()).isEqualTo(422);
		assertThat(missing.body()).contains("\"field\":\"title\"");
		HttpResponse<String> unknown = send("POST", "/pitches",
				body(UUID.randomUUID(), "Guido Rebstock", null, "MINTec", "Herausforderung", "Lösung", "Maßnahme"), DemoUser.MEMBER);
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("\"field\":\"sessionId\"");
		HttpResponse<String> tooLongResults = send("PUT", "/sessions/" + hereinspaziert + "/results",
				"{\"results\": \"" + "x".repeat(SessionResults.MAX_TEXT + 1) + "\"}", DemoUser.COORDINATOR);
		assertThat(tooLongResults.statusCode()).isEqualTo(422);
		assertThat(tooLongResults.body()).contains("\"field\":\"results\"");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void editingTheProgrammeKeepsThePitchesOfTheSessionsThatStay() {
		pitch(hereinspaziert, "Guido Rebstock", "Innovationsregion Hohenlohe e. V.", "MINTec Hohenlohe", "MINT", "Azubis",
				"Azubis in Kindergärten");
		pitch(hiergeblieben, "Jean-Marie Ayikpe", "Unternehmensnetzwerk Neukölln e. V.", "Das Unternehmertreffen", "Kennen",
				"Besuchen", "Treffen");
		EventData before = events.load(event).data();
		ProgrammeSession lab1 = before.sessions().get(0);
		ProgrammeSession lab2 = before.sessions().get(1);
		ProgrammeSession welcome = new ProgrammeSession(before.startsAt(), before.startsAt().plusMinutes(15), "Begrüßung",
				null, null, null);
		ProgrammeSession renamed = new ProgrammeSession(lab2.startsAt(), lab2.endsAt(), "Hiergeblieben!", lab2.speakers(),
				lab2.room(), lab2.track());

		events.update(event, withSessions(before, List.of(welcome, lab1, renamed)));
		assertThat(NetworkMeetings.session(jdbc, event, HEREINSPAZIERT)).isEqualTo(hereinspaziert);
		assertThat(NetworkMeetings.session(jdbc, event, "Hiergeblieben!")).isEqualTo(hiergeblieben);
		assertThat(events.load(event).data().sessions()).extracting(ProgrammeSession::title)
			.containsExactly("Begrüßung", HEREINSPAZIERT, "Hiergeblieben!");
		assertThat(pitches()).containsExactlyInAnyOrder("MINTec Hohenlohe", "Das Unternehmertreffen");

		events.update(event, withSessions(before, List.of(lab1)));
		assertThat(pitches()).containsExactly("MINTec Hohenlohe");
	}

	private List<String> pitches() {
		return jdbc.sql("select title from pitch where event = ?").param(event).query(String.class).list();
	}

	private static EventData withSessions(EventData data, List<ProgrammeSession> sessions) {
		return new EventData(data.title(), data.kind(), data.description(), data.startsAt(), data.endsAt(), data.location(),
				data.onlineUrl(), data.alliance(), data.lab(), data.isPublic(), data.capacity(), data.registrationOpensAt(),
				data.registrationClosesAt(), data.fundingProgramme(), sessions);
	}

	private HttpResponse<String> pitch(UUID session, String presenter, String organisation, String title, String challenge,
			String solution, String measure) {
		HttpResponse<String> response = send("POST", "/pitches",
				body(session, presenter, organisation, title, challenge, solution, measure), DemoUser.MEMBER);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return response;
	}

	private static String body(UUID session, String presenter, String organisation, String title, String challenge,
			String solution, String measure) {
		return """
				{"sessionId": "%s", "presenter": "%s", "organizationName": %s, "title": "%s", "challenge": "%s",
				 "solution": "%s", "measure": "%s"}""".formatted(session, presenter,
				organisation == null ? "null" : "\"" + organisation + "\"", title, challenge, solution, measure);
	}

	private HttpResponse<String> send(String method, String path, String body, DemoUser user) {
		return http.send(method, "/api/v1/events/" + event + path, body, "Content-Type", "application/json",
				"Authorization", user.basic());
	}

	private long count() {
		return jdbc.sql("select count(*) from pitch where event = ?").param(event).query(Long.class).single();
	}
}
