package org.regiolab.surveys.web;

import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.regiolab.labs.Fund;
import org.regiolab.labs.FundingProgrammeData;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.FundingProgrammes.FundingProgramme;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.surveys.SurveyData;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.SurveyFunding;
import org.regiolab.surveys.Surveys;
import org.regiolab.surveys.Text;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A survey paid from a funding programme prints the programme's notice in its report, as the programme requires. */
@IntegrationTest
class SurveyFundingIntegrationTest {

	static final String NOTICE = "Gefördert durch das Land Nordrhein-Westfalen im Rahmen des Testprogramms.";

	@Autowired
	MockMvc mvc;

	@Autowired
	Surveys surveys;

	@Autowired
	SurveyFunding funding;

	@Autowired
	FundingProgrammes programmes;

	@Autowired
	NetworkDirectory network;

	@Test
	void theOfficeNamesTheProgrammeOnTheSurveysPageAndTheReportPrintsItsNotice() throws Exception {
		UUID survey = survey();
		UUID programme = programme();

		mvc.perform(post("/surveys/" + survey + "/funding").param("programmeIds", programme.toString()).with(csrf())
			.with(SurveyPagesIntegrationTest.COORDINATOR))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/surveys/" + survey + "#funding"));

		String page = mvc.perform(get("/surveys/" + survey).with(SurveyPagesIntegrationTest.COORDINATOR))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).containsPattern("value=\"" + programme + "\"\\s+checked=\"checked\"");
		byte[] report = mvc.perform(get("/surveys/" + survey + "/report.pdf").with(SurveyPagesIntegrationTest.COORDINATOR))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (PDDocument document = Loader.loadPDF(report)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " ")).contains("Förderhinweise", NOTICE);
		}
	}

	@Test
	void noProgrammeTickedNamesNone() throws Exception {
		UUID survey = survey();
		funding.change(survey, List.of(programme()));

		mvc.perform(post("/surveys/" + survey + "/funding").with(csrf()).with(SurveyPagesIntegrationTest.COORDINATOR))
			.andExpect(status().is3xxRedirection());

		assertThat(funding.of(survey)).isEmpty();
	}

	@Test
	void theApiNamesProgrammesAndRefusesUnknownOnesStoringNothing() throws Exception {
		UUID survey = survey();
		UUID programme = programme();

		mvc.perform(put("/api/v1/surveys/" + survey + "/funding").header("Authorization", DemoUser.COORDINATOR.basic())
			.contentType(MediaType.APPLICATION_JSON).content("{\"programmeIds\": [\"" + programme + "\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].notice").value(NOTICE));
		mvc.perform(put("/api/v1/surveys/" + survey + "/funding").header("Authorization", DemoUser.COORDINATOR.basic())
			.contentType(MediaType.APPLICATION_JSON).content("{\"programmeIds\": [\"" + UUID.randomUUID() + "\"]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("programmeIds"));
		mvc.perform(put("/api/v1/surveys/" + survey + "/funding").header("Authorization", DemoUser.COORDINATOR.basic())
			.contentType(MediaType.APPLICATION_JSON).content("{\"programmeIds\": [null]}"))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(put("/api/v1/surveys/" + survey + "/funding").header("Authorization", DemoUser.COORDINATOR.basic())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent());

		assertThat(funding.of(survey)).extracting(FundingProgramme::id).containsExactly(programme);
		mvc.perform(get("/api/v1/surveys/" + survey + "/funding").header("Authorization", DemoUser.COORDINATOR.basic()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].id").value(programme.toString()));
	}

	@Test
	void membersMayNotNameTheFundingAndUnknownSurveysHaveNone() throws Exception {
		UUID survey = survey();

		mvc.perform(put("/api/v1/surveys/" + survey + "/funding").header("Authorization", DemoUser.MEMBER.basic())
			.contentType(MediaType.APPLICATION_JSON).content("{\"programmeIds\": []}"))
			.andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/surveys/" + UUID.randomUUID() + "/funding").header("Authorization", DemoUser.COORDINATOR.basic())
			.contentType(MediaType.APPLICATION_JSON).content("{\"programmeIds\": []}"))
			.andExpect(status().isNotFound());
	}

	private UUID survey() {
		return surveys.create(new SurveyData(network.allianceNamed("Wirtschaftsallianz Bottrop").orElseThrow(), null,
				Text.german("Förderumfrage " + UUID.randomUUID()), null, null, false, false, null, null, null, null,
				SurveyDefinition.empty()));
	}

	private UUID programme() {
		return programmes.create(new FundingProgrammeData("Testprogramm " + UUID.randomUUID(), Fund.STATE, null, NOTICE));
	}
}
