package org.regiolab.network;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

/** The import in the browser: upload, preview with the column mapping, start, progress and report. */
@IntegrationTest
class ImportPagesIntegrationTest {

	static final RequestPostProcessor COORDINATOR = user("koordination@demo.regiolab.example").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficeChecksTheColumnsMapsAnUnknownOneAndFollowsTheImportToItsEnd() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String csv = "Betrieb,Ort,Bemerkung\n\"Schreinerei Voß " + tag + "\",Bottrop,Stammkunde\n";
		String location = mvc.perform(multipart("/network/imports").file(new MockMultipartFile("file", "liste.csv",
				"text/csv", csv.getBytes(StandardCharsets.UTF_8))).param("kind", "ORGANIZATIONS").with(csrf()).with(COORDINATOR))
			.andReturn().getResponse().getRedirectedUrl();

		mvc.perform(get(location).with(COORDINATOR))
			.andExpect(content().string(allOf(containsString("Betrieb"), containsString("Schreinerei Voß " + tag),
					containsString("nicht übernehmen"))));

		mvc.perform(post(location + "/start").with(csrf()).with(COORDINATOR)
				.param("header", "Betrieb", "Ort", "Bemerkung").param("field", "name", "city", ""));
		await().atMost(Duration.ofSeconds(30)).until(() -> mvc.perform(get(location + "/status")
			.header("HX-Request", "true").with(COORDINATOR)).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8).contains("1 Einträge angelegt"));

		mvc.perform(get(location + "/status").header("HX-Request", "true").with(COORDINATOR))
			.andExpect(content().string(allOf(containsString("id=\"import-progress\""), not(containsString("<html")),
					not(containsString("hx-trigger")))));
		assertThat(jdbc.sql("select city || '|' || coalesce(description, '') from organisation where name = ?")
			.param("Schreinerei Voß " + tag).query(String.class).single()).isEqualTo("Bottrop|");
	}
}
