package org.regiolab.network;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The organisation pages: list with search and filters, the page of one, the form. */
@IntegrationTest
class OrganisationPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theListFindsHandwerkInEveryWordThatBeginsWithIt() throws Exception {
		mvc.perform(get("/network/organisations").param("q", "Handwerk").with(user("m@example.org").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Handwerkskammer Münster"),
					containsString("Kreishandwerkerschaft Emscher-Lippe-West"), not(containsString("Wuppertal Institut")))));
	}

	@Test
	void anOrganisationsPageShowsItsAlliancesAndTheLabsItCoordinates() throws Exception {
		UUID office = jdbc.sql("select id from organisation where name like 'Amt für Wirtschaftsförderung%'")
			.query(UUID.class).single();
		mvc.perform(get("/network/organisations/{id}", office).with(user("m@example.org").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Wirtschaftsallianz Bottrop"), containsString("Geschäftsstelle"),
					containsString("Hybride Formen des Handels"), containsString("Bottrop (05512)"),
					not(containsString("Organisation bearbeiten")))));
	}

	@Test
	void theFormShowsErrorsNextToTheFieldsAndStoresNothing() throws Exception {
		mvc.perform(post("/network/organisations").with(csrf()).with(user("k@example.org").roles("COORDINATOR"))
				.param("name", "Formular ohne Plz-Prüfung").param("kind", "COMPANY").param("postalCode", "462")
				.param("regionKey", "99999"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Bitte geben Sie eine fünfstellige Postleitzahl an."),
					containsString("aria-describedby=\"postalCode-error\""))));
		mvc.perform(post("/network/organisations").with(csrf()).with(user("k@example.org").roles("COORDINATOR"))
				.param("name", "Formular ohne Plz-Prüfung").param("kind", "COMPANY").param("regionKey", "99999"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Zu diesem Regionalschlüssel gibt es keinen Kreis")));
		mvc.perform(post("/network/organisations").with(csrf()).with(user("k@example.org").roles("COORDINATOR"))
				.param("name", "Bäckerei Schmitz").param("kind", "CRAFT_BUSINESS").param("regionKey", "05512"))
			.andExpect(redirectedUrlPattern("/network/organisations/*"));
		mvc.perform(get("/network/organisations").param("q", "Formular").with(user("m@example.org").roles("MEMBER")))
			.andExpect(content().string(not(containsString("Formular ohne Plz-Prüfung"))));
	}

	@Test
	void theFilteredListDownloadsAsCsvForGermanExcel() throws Exception {
		var result = mvc.perform(get("/network/organisations/export").param("region", "05913")
				.with(user("m@example.org").roles("MEMBER")))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("organisationen.csv")))
			.andReturn();
		mvc.perform(asyncDispatch(result))
			.andExpect(content().string(allOf(startsWith("\uFEFFName;Art;"), containsString("Sozialforschungsstelle Dortmund;"),
					containsString("Forschung / Hochschule"), not(containsString("Stadt Bottrop")))));
	}

	@Test
	void theLinksToFurtherPagesKeepTheFilters() throws Exception {
		mvc.perform(get("/network/organisations?kind=&q=").with(user("m@example.org").roles("MEMBER")))
			.andExpect(content().string(containsString("href=\"/network/organisations?kind=&amp;q=&amp;page=1\"")));
	}

	@Test
	void aFormPostWithoutCsrfTokenIsRefused() throws Exception {
		mvc.perform(post("/network/organisations").with(user("k@example.org").roles("COORDINATOR"))
				.param("name", "Ohne Token").param("kind", "COMPANY"))
			.andExpect(status().isForbidden());
	}
}
