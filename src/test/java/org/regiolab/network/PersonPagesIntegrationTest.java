package org.regiolab.network;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The person pages: consents ticked and withdrawn, the data export, erasure; none of it for members. */
@IntegrationTest
class PersonPagesIntegrationTest {

	static final RequestPostProcessor COORDINATOR = user("koordination@demo.regiolab.example").roles("COORDINATOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorRecordsAPersonWithConsentsWithdrawsOneExportsAndErasesThem() throws Exception {
		String email = "karl.krause-" + UUID.randomUUID() + "@example.org";
		String location = mvc.perform(post("/network/people").with(csrf()).with(COORDINATOR)
				.param("givenName", "Karl").param("familyName", "Krause").param("email", email)
				.param("purposes", "NEWSLETTER", "SURVEYS"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

		mvc.perform(post("/network/people/{id}", id).with(csrf()).with(COORDINATOR)
				.param("givenName", "Karl").param("familyName", "Krause").param("email", email).param("purposes", "SURVEYS"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/network/people/{id}", id).with(COORDINATOR))
			.andExpect(content().string(allOf(containsString("Newsletter: erteilt am"), containsString("widerrufen am"),
					containsString("Befragungen: erteilt am"))));

		mvc.perform(get("/network/people/{id}/export", id).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(content().string(allOf(containsString("Krause"), containsString(email), containsString("SURVEYS"))));

		mvc.perform(post("/network/people/{id}/erase", id).with(csrf()).with(COORDINATOR))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from person where id = ?").param(id).query(Long.class).single()).isZero();
	}

	@Test
	void membersCannotOpenThePeoplePages() throws Exception {
		mvc.perform(get("/network/people").with(user("m@example.org").roles("MEMBER"))).andExpect(status().isForbidden());
	}
}
