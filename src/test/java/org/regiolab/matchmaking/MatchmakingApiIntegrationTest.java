package org.regiolab.matchmaking;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/matchmaking/solve over real HTTP: the answer's shape, its checks and who may call it. */
@IntegrationTest
class MatchmakingApiIntegrationTest {

	static final String PROBLEM = """
			{"rounds": 2, "tables": 2, "allowTriples": true, "seed": 5,
			 "participants": [{"id": "anna", "organization": "IHK"}, {"id": "ben", "organization": "IHK"},
			                  {"id": "cem"}, {"id": "dora", "unavailableRounds": [2]}, {"id": "emil"}],
			 "weights": [{"a": "anna", "b": "ben", "weight": 9}, {"a": "anna", "b": "cem", "weight": 5},
			             {"a": "ben", "b": "dora", "weight": 4}, {"a": "cem", "b": "emil", "weight": 2},
			             {"a": "dora", "b": "emil", "weight": 3}, {"a": "ben", "b": "emil", "weight": 1}],
			 "forbidden": [{"a": "anna", "b": "emil"}]}""";

	@LocalServerPort
	int port;

	LiveHttp http;

	@BeforeEach
	void setUp() {
		http = new LiveHttp(port);
	}

	@Test
	void aCoordinatorGetsTheRoundsTheTotalAndTheBound() {
		HttpResponse<String> answer = solve(PROBLEM, DemoUser.COORDINATOR);

		assertThat(answer.statusCode()).isEqualTo(200);
		// anna and ben are of one organisation, so their 9 never counts; dora is away in round 2; two tables:
		// the best is ben–dora and cem–emil, then anna–cem and ben–emil
		assertThat(answer.body()).contains("\"round\":1", "\"round\":2", "\"table\":1", "\"participants\":[",
				"\"totalWeight\":", "\"upperBound\":", "\"perParticipant\":{", "\"millis\":");
		assertThat(answer.body()).doesNotContain("[\"anna\",\"ben\"]", "[\"ben\",\"anna\"]");
		assertThat(answer.body()).contains("\"totalWeight\":12.0");
	}

	@Test
	void unknownPeopleNegativeWeightsAndNoRoundsAre422InTheCallersLanguage() {
		HttpResponse<String> unknown = solve(PROBLEM.replace("\"b\": \"cem\", \"weight\": 5", "\"b\": \"zoe\", \"weight\": 5"),
				DemoUser.ADMIN, "de");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("weights[1].b", "nicht in der Teilnehmendenliste");

		HttpResponse<String> negative = solve(PROBLEM.replace("\"weight\": 4", "\"weight\": -4"), DemoUser.ADMIN, "en");
		assertThat(negative.statusCode()).isEqualTo(422);
		assertThat(negative.body()).contains("weights[2].weight", "must not be negative");

		HttpResponse<String> noRounds = solve(PROBLEM.replace("\"rounds\": 2", "\"rounds\": 0"), DemoUser.ADMIN, "en");
		assertThat(noRounds.statusCode()).isEqualTo(422);
		assertThat(noRounds.body()).contains("rounds", "at least one round");
	}

	@Test
	void membersAndExpertsMayNotAndAnonymousCallersMustSignIn() {
		assertThat(solve(PROBLEM, DemoUser.ADMIN).statusCode()).isEqualTo(200);
		assertThat(solve(PROBLEM, DemoUser.MEMBER).statusCode()).isEqualTo(403);
		assertThat(solve(PROBLEM, DemoUser.EXPERT).statusCode()).isEqualTo(403);
		assertThat(http.send("POST", "/api/v1/matchmaking/solve", PROBLEM, "Content-Type", "application/json").statusCode())
			.isEqualTo(401);
	}

	@Test
	void theOpenApiDocumentDescribesTheEndpoint() {
		assertThat(http.get("/v3/api-docs").body()).contains("\"/api/v1/matchmaking/solve\":{");
	}

	private HttpResponse<String> solve(String body, DemoUser user) {
		return solve(body, user, "en");
	}

	private HttpResponse<String> solve(String body, DemoUser user, String language) {
		return http.send("POST", "/api/v1/matchmaking/solve", body, "Content-Type", "application/json", "Authorization",
				user.basic(), "Accept-Language", language);
	}
}
