package org.regiolab.labs;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The lab pages show the seed's facts; the fact-sheet form refuses bad input next to the field and stores nothing. */
@IntegrationTest
class LabPagesIntegrationTest {

	static final RequestPostProcessor COORDINATOR = SecurityMockMvcRequestPostProcessors
		.user("koordination@demo.regiolab.example").roles("COORDINATOR");
	static final RequestPostProcessor MEMBER = SecurityMockMvcRequestPostProcessors
		.user("mitglied@demo.regiolab.example").roles("MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aLabsPageShowsTheOverviewTableTimelineAndCertification() throws Exception {
		mvc.perform(get("/labs/" + lab("Hybride Formen des Handels")).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Maßnahme(n)"), containsString("Megatrend/SDG"),
					containsString("MT »Faires Handeln«"), containsString("SDG 11 »Nachhaltige Städte und Gemeinden«"),
					containsString("26.11.2021"), containsString("Fairtrade-Town"), containsString("26.11.2023"),
					containsString("17 Akteure in der Steuerungsgruppe statt 3"))));
	}

	@Test
	void anOrganisationsPageListsTheLabsItBelongsToAndTheMeasuresItActsIn() throws Exception {
		String chamber = jdbc.sql("select id from organisation where name = 'Handwerkskammer Münster'").query(String.class).single();
		mvc.perform(get("/network/organisations/" + chamber).with(MEMBER))
			.andExpect(content().string(allOf(containsString("Labor: Digitale Koproduktion im Handwerk (Beteiligte Organisation)"),
					containsString("Maßnahme: Kooperation zur Erhöhung des Digitalisierungsstands der Bottroper Handwerksunternehmen"))));
	}

	@Test
	void theListsAndOverviewsAnswer() throws Exception {
		mvc.perform(get("/labs").with(MEMBER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Wirtschaftsallianz Bottrop")));
		mvc.perform(get("/labs/measures").param("sdg", "8").with(MEMBER)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Kooperation zur Erhöhung des Digitalisierungsstands"),
					not(containsString("HalloBot – Onlineplattform")))));
		mvc.perform(get("/labs/funding").with(MEMBER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Wifi4EU")));
		mvc.perform(get("/labs/solutions").with(MEMBER)).andExpect(status().isOk());
		mvc.perform(get("/labs/megatrends").with(MEMBER)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Demografischer Wandel")));
		mvc.perform(get("/").with(COORDINATOR)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Fairtrade-Town"), containsString("abgelaufen seit"))));
		mvc.perform(get("/").with(MEMBER)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Fairtrade-Town"))));
	}

	@Test
	void theMeasureFormShowsEveryFieldOfTheSheetAndEditsTheDemoMeasure() throws Exception {
		String measure = measure("HalloBot – Onlineplattform und Digitalisierungsangebot");
		mvc.perform(get("/labs/measures/" + measure).with(MEMBER)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Förderprogramm »Wifi4EU«"), containsString("Bürger:innen"))));
		mvc.perform(get("/labs/measures/" + measure + "/edit").with(COORDINATOR)).andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Aktivitäten"), containsString("Zukunftsperspektive"),
					containsString("Wifi in der Innenstadt"))));
		mvc.perform(get("/labs/" + lab("Fachkräftesicherung") + "/measures/new").with(COORDINATOR)).andExpect(status().isOk());
	}

	@Test
	void aCoordinatorEntersAMeasureThroughTheForm() throws Exception {
		String lab = lab("Fachkräftesicherung");
		mvc.perform(post("/labs/" + lab + "/measures").with(COORDINATOR).with(csrf())
			.param("title", "Ausbildungspatenschaften im Handwerk")
			.param("activities", "Paten gewinnen\nTandems bilden\n\n")
			.param("actors", "Handwerkskammer Münster\nBetriebe aus Bottrop")
			.param("results[0].date", "26.11.2021").param("results[0].text", "Auftakt mit 12 Tandems")
			.param("results[1].date", "08.2022").param("results[1].text", "Erste Zwischenbilanz")
			.param("megatrends", "migration").param("sdgs", "4", "8"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/labs/measures/*"));
		String id = measure("Ausbildungspatenschaften im Handwerk");
		mvc.perform(get("/labs/measures/" + id).with(MEMBER))
			.andExpect(content().string(allOf(containsString("26.11.2021"), containsString("August 2022"),
					containsString("Tandems bilden"), containsString("href=\"/network/organisations/"))));
	}

	@Test
	void theFormRefusesAResultInTheYear20021AndAFiveMegabyteActivityAndStoresNothing() throws Exception {
		String lab = lab("Fachkräftesicherung");
		long before = jdbc.sql("select count(*) from measure").query(Long.class).single();
		mvc.perform(post("/labs/" + lab + "/measures").with(COORDINATOR).with(csrf())
			.param("title", "Zeitreise").param("results[0].date", "01.01.20021").param("results[0].text", "Ankunft"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("measure", "results[0].date"))
			.andExpect(content().string(containsString("zwischen 1900 und 2199")));
		mvc.perform(post("/labs/" + lab + "/measures").with(COORDINATOR).with(csrf())
			.param("title", "Riesig").param("activities", "x".repeat(5 * 1024 * 1024)))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("measure", "activities"));
		org.assertj.core.api.Assertions.assertThat(jdbc.sql("select count(*) from measure").query(Long.class).single())
			.isEqualTo(before);
	}

	private String lab(String name) {
		return jdbc.sql("select id from lab where name = ?").param(name).query(String.class).single();
	}

	private String measure(String title) {
		return jdbc.sql("select id from measure where title = ? order by created_at limit 1").param(title).query(String.class).single();
	}
}
