package org.regiolab.matchmaking;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.Registrations;
import org.regiolab.matchmaking.SpeedDatingEvents.Person;
import org.regiolab.matchmaking.SpeedDatingEvents.Seated;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The event-bound matchmaking API over real HTTP: settings, profiles, draft, re-plan, publication and who may do what. */
@IntegrationTest
class SpeedDatingApiIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	EventRegistry events;

	@Autowired
	Registrations registrations;

	@Autowired
	SpeedDatings speedDatings;

	LiveHttp http;

	SpeedDatingEvents mother;

	@BeforeEach
	void setUp() {
		http = new LiveHttp(port);
		mother = new SpeedDatingEvents(events, registrations, speedDatings);
	}

	@Test
	void anOrganiserSetsUpGeneratesRePlansAndPublishesAndAParticipantReadsTheirOwn() {
		Seated s = mother.meeting("API", List.of(new Person("Mia", "Mitglied", null, DemoUser.MEMBER.email()),
				Person.of("Ben", "IHK API"), Person.of("Cem", null), Person.of("Dora", null), Person.of("Emil", null)));
		String base = "/api/v1/events/" + s.event() + "/matchmaking";

		HttpResponse<String> invalid = send("PUT", base, """
				{"rounds": 0, "roundMinutes": 6, "startsAt": "2031-09-05T14:00:00+02:00"}""", DemoUser.COORDINATOR);
		assertThat(invalid.statusCode()).isEqualTo(422);
		assertThat(invalid.body()).contains("\"rounds\"");
		HttpResponse<String> lateBreak = send("PUT", base, """
				{"rounds": 3, "roundMinutes": 6, "startsAt": "2031-09-05T14:00:00+02:00", "breakAfter": [3]}""",
				DemoUser.COORDINATOR);
		assertThat(lateBreak.statusCode()).isEqualTo(422);
		assertThat(lateBreak.body()).contains("breakAfter", "vor der letzten");
		HttpResponse<String> settings = send("PUT", base, """
				{"rounds": 3, "tables": 2, "roundMinutes": 6, "startsAt": "2031-09-05T14:00:00+02:00",
				 "changeoverMinutes": 2, "allowTriples": true}""", DemoUser.COORDINATOR);
		assertThat(settings.statusCode()).isEqualTo(200);
		assertThat(settings.body()).contains("\"rounds\":3", "\"tables\":2");

		String profile = base + "/profile/" + s.person(0);
		HttpResponse<String> own = send("PUT", profile, """
				{"offers": ["Fördermittelberatung"], "needs": ["Fachkräfte"], "topics": ["sdg:8", "wz:28"],
				 "meet": ["%s"], "avoid": ["%s"]}""".formatted(s.person(1), s.person(2)), DemoUser.MEMBER);
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("Fördermittelberatung", "sdg:8", s.person(1).toString(), s.person(2).toString());
		assertThat(send("PUT", profile, """
				{"topics": ["sdg:18"]}""", DemoUser.MEMBER).statusCode()).isEqualTo(422);
		assertThat(send("PUT", profile, """
				{"meet": ["%s"], "avoid": ["%s"]}""".formatted(s.person(1), s.person(1)), DemoUser.MEMBER).statusCode())
			.isEqualTo(422);
		assertThat(http.get(base + "/profile/" + s.person(1), "Authorization", DemoUser.MEMBER.basic()).statusCode())
			.isEqualTo(403);
		assertThat(http.get(profile, "Authorization", DemoUser.EXPERT.basic()).statusCode()).isEqualTo(403);
		assertThat(http.get(profile, "Authorization", DemoUser.ADMIN.basic()).body()).contains("Fachkräfte");

		HttpResponse<String> draft = send("POST", base + "/schedule", "", DemoUser.COORDINATOR);
		assertThat(draft.statusCode()).isEqualTo(200);
		assertThat(draft.body()).contains("\"rounds\":[", "\"upperBound\":", "\"percentBelowBest\":", "\"perParticipant\":{",
				"\"minGoodMeetings\":");
		assertThat(send("POST", base + "/schedule", "", DemoUser.MEMBER).statusCode()).isEqualTo(403);
		assertThat(http.get(base + "/schedule/" + s.person(0), "Authorization", DemoUser.MEMBER.basic()).statusCode())
			.isEqualTo(404);

		HttpResponse<String> replanned = send("POST", base + "/schedule/replan", """
				{"fromRound": 2, "absent": ["%s"]}""".formatted(s.person(4)), DemoUser.COORDINATOR);
		assertThat(replanned.statusCode()).isEqualTo(200);
		assertThat(send("POST", base + "/schedule/replan", "{\"fromRound\": 9}", DemoUser.COORDINATOR).statusCode())
			.isEqualTo(422);

		HttpResponse<String> published = send("POST", base + "/schedule/publish", "", DemoUser.ADMIN);
		assertThat(published.statusCode()).isEqualTo(200);
		assertThat(published.body()).contains("\"publishedAt\":\"");
		HttpResponse<String> mine = http.get(base + "/schedule/" + s.person(0), "Authorization", DemoUser.MEMBER.basic());
		assertThat(mine.statusCode()).isEqualTo(200);
		assertThat(mine.body()).contains("\"appointments\":[", "\"why\":{", "Ben Test");
		assertThat(mine.body()).doesNotContain("Cem Test");
	}

	@Test
	void theOpenApiDocumentListsTheEventBoundPaths() {
		String document = http.get("/v3/api-docs").body();
		assertThat(document).contains("/api/v1/events/{event}/matchmaking", "/api/v1/events/{event}/matchmaking/schedule",
				"/api/v1/events/{event}/matchmaking/profile/{registration}", "/api/v1/events/{event}/matchmaking/schedule/publish",
				"/api/v1/events/{event}/matchmaking/schedule/replan");
	}

	@Test
	void anEventWithoutASpeedDatingIs404() {
		assertThat(http.get("/api/v1/events/" + UUID.randomUUID() + "/matchmaking/schedule", "Authorization",
				DemoUser.COORDINATOR.basic()).statusCode()).isEqualTo(404);
	}

	private HttpResponse<String> send(String method, String path, String body, DemoUser user) {
		return http.send(method, path, body, "Authorization", user.basic(), "Content-Type", "application/json",
				"Accept-Language", "de");
	}
}
