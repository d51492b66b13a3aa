package org.regiolab.platform;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The API answers every error as RFC 9457 problem details and never shows its inside. */
@IntegrationTest
class ProblemDetailsIntegrationTest {

	static final String MEMBER = DemoUser.MEMBER.basic();

	@LocalServerPort
	int port;

	@Test
	void invalidInputAnswers422WithTheOffendingFieldsAndChangesNothing() {
		LiveHttp http = new LiveHttp(port);
		HttpResponse<String> response = http.send("POST", "/api/v1/me/tokens", "{\"name\": \"  \"}",
				"Authorization", MEMBER, "Content-Type", "application/json", "Accept-Language", "de");
		assertProblem(response, 422);
		assertThat(response.body()).contains("\"field\":\"name\"", "Bitte füllen Sie dieses Feld aus.");
		assertThat(http.get("/api/v1/me/tokens", "Authorization", MEMBER).body()).doesNotContain("\"name\":\"  \"");
	}

	@Test
	void invalidPagingAnswers422InEnglishWhenAsked() {
		HttpResponse<String> response = new LiveHttp(port).get("/api/v1/users?size=1000", "Authorization",
				DemoUser.ADMIN.basic(), "Accept-Language", "en");
		assertProblem(response, 422);
		assertThat(response.body()).contains("\"field\":\"size\"", "Invalid input");
	}

	@Test
	void malformedJsonAnswers400() {
		HttpResponse<String> response = new LiveHttp(port).send("POST", "/api/v1/me/tokens", "{\"name\": ",
				"Authorization", MEMBER, "Content-Type", "application/json");
		assertProblem(response, 400);
	}

	@Test
	void anOversizedBodyAnswers413() {
		String huge = "{\"name\": \"" + "x".repeat(1_100_000) + "\"}";
		HttpResponse<String> response = new LiveHttp(port).send("POST", "/api/v1/me/tokens", huge, "Authorization",
				MEMBER, "Content-Type", "application/json");
		assertProblem(response, 413);
	}

	@Test
	void anUnknownAddressAnswers404() {
		assertProblem(new LiveHttp(port).get("/api/v1/nothing-here", "Authorization", MEMBER), 404);
	}

	@Test
	void aForbiddenResourceAnswers403() {
		assertProblem(new LiveHttp(port).get("/api/v1/users", "Authorization", MEMBER), 403);
	}

	@Test
	void listsAnswerItemsTotalPageAndSize() {
		HttpResponse<String> response = new LiveHttp(port).get("/api/v1/users?page=0&size=2", "Authorization",
				DemoUser.ADMIN.basic());
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"items\":[", "\"total\":", "\"page\":0", "\"size\":2");
	}

	private static void assertProblem(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(response.body()).contains("\"status\":" + status, "\"title\":", "\"detail\":")
			.doesNotContain("Exception", "at org.");
	}
}
