package org.regiolab.accounts;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class ApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@LocalServerPort
	int port;

	@Test
	void meAnswersTheCallersEmailAndRoles() throws Exception {
		mvc.perform(get("/api/v1/me").with(httpBasic("koordination@demo.regiolab.example", "Demo-Koordination-2026")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value("koordination@demo.regiolab.example"))
			.andExpect(jsonPath("$.roles[0]").value("COORDINATOR"));
	}

	@Test
	void withoutCredentialsTheApiAnswers401AsProblemDetailsInTheCallersLanguage() {
		HttpResponse<String> english = new LiveHttp(port).get("/api/v1/me", "Accept-Language", "en");
		assertThat(english.statusCode()).isEqualTo(401);
		assertThat(english.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).contains("Basic", "Bearer"));
		assertThat(english.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(english.body()).contains("\"status\":401", "Sign-in required").doesNotContain("Exception");

		HttpResponse<String> german = new LiveHttp(port).get("/api/v1/me", "Accept-Language", "de-DE,de;q=0.9");
		assertThat(german.body()).contains("Anmeldung erforderlich");
	}
}
