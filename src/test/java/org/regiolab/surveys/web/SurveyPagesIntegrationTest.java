package org.regiolab.surveys.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.SecretTokens;
import org.regiolab.platform.TimeConfiguration;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.surveys.Condition;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.SurveyData;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.SurveyPage;
import org.regiolab.surveys.Surveys;
import org.regiolab.surveys.Text;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An office builds a survey through its pages and the API; a company answers page by page without JavaScript. */
@IntegrationTest
class SurveyPagesIntegrationTest {

	static final RequestPostProcessor COORDINATOR = SecurityMockMvcRequestPostProcessors
		.user(DemoUser.COORDINATOR.email()).roles("COORDINATOR");
	static final RequestPostProcessor MEMBER = SecurityMockMvcRequestPostProcessors.user(DemoUser.MEMBER.email()).roles("MEMBER");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Surveys surveys;

	@Autowired
	NetworkDirectory network;

	@Test
	void aCoordinatorCreatesASurveyAndAddsAQuestionThroughTheForms() throws Exception {
		String title = "Befragung " + UUID.randomUUID();
		String location = mvc.perform(post("/surveys").with(COORDINATOR).with(csrf())
			.param("titleDe", title)
			.param("allianceId", bottrop().toString()))
			.andExpect(redirectedUrlPattern("/surveys/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(location + "/questions").with(COORDINATOR).with(csrf())
			.param("key", "q1").param("page", "0").param("type", "SINGLE_CHOICE")
			.param("textDe", "Wie viele Beschäftigte hat Ihr Betrieb?")
			.param("options", "1–9\n10–49 | 10 to 49\n50 und mehr")
			.param("required", "true"))
			.andExpect(redirectedUrl(location + "#q-q1"));
		mvc.perform(get(location).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(title), containsString("Wie viele Beschäftigte hat Ihr Betrieb?"),
					containsString("10–49"), containsString("Einfachauswahl, Pflicht"))));
	}

	@Test
	void aChoiceQuestionWithoutOptionsIsRefusedNextToItsFieldAndNothingIsStored() throws Exception {
		UUID id = survey(definition(), false, null);
		mvc.perform(post("/surveys/" + id + "/questions").with(COORDINATOR).with(csrf())
			.param("key", "q9").param("page", "0").param("type", "MULTIPLE_CHOICE").param("textDe", "Was fehlt Ihnen?")
			.param("options", "\n  \n"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"options-error\""),
					containsString("Bitte geben Sie die Antwortmöglichkeiten an"))));
		assertThat(surveys.load(id).data().definition().question("q9")).isEmpty();
	}

	@Test
	void aConditionOnALaterQuestionIsRefusedByTheApiWith422AndTheField() throws Exception {
		UUID id = survey(definition(), false, null);
		mvc.perform(put("/api/v1/surveys/" + id + "/questions").header("Authorization", DemoUser.COORDINATOR.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"pages": [{"questions": [
					  {"key": "a", "type": "YES_NO", "text": {"de": "Erste"}, "condition": {"question": "b", "operator": "IS", "value": "true"}},
					  {"key": "b", "type": "YES_NO", "text": {"de": "Zweite"}}]}]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("pages[0].questions[0].condition.question"));
		assertThat(surveys.load(id).data().definition().questions()).extracting(Question::key).containsExactly("job", "role", "rating");
	}

	@Test
	void aCompanyAnswersOnePageNowAndTheNextLaterThroughItsLink() throws Exception {
		UUID id = survey(definition(), false, null);
		String token = invitation(id);
		mvc.perform(get("/umfrage/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Seite 1 von 2"), containsString("Haben Sie offene Stellen?"),
					containsString("Nur beantworten, wenn Sie bei »Haben Sie offene Stellen?« »Ja« angegeben haben."))));
		mvc.perform(post("/umfrage/" + token).with(csrf()).param("page", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"q-job-error\""), containsString("Bitte beantworten Sie diese Frage."))));
		mvc.perform(post("/umfrage/" + token).with(csrf()).param("page", "0").param("q.job", "1").param("q.role", "Mechatroniker"))
			.andExpect(redirectedUrl("/umfrage/" + token));
		// the visit ends here; the link leads back to page 2 with page 1 kept
		mvc.perform(get("/umfrage/" + token))
			.andExpect(content().string(allOf(containsString("Seite 2 von 2"), containsString("Antworten absenden"))));
		mvc.perform(post("/umfrage/" + token).with(csrf()).param("page", "1").param("q.rating", "11"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Bitte wählen Sie einen Wert von 0 bis 10.")));
		mvc.perform(post("/umfrage/" + token).with(csrf()).param("page", "1").param("q.rating", "9"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vielen Dank für Ihre Teilnahme!")));
		mvc.perform(post("/umfrage/" + token).with(csrf()).param("page", "1").param("q.rating", "2"))
			.andExpect(content().string(containsString("schon beantwortet")));
		assertThat(jdbc.sql("select count(*) from survey_response where survey = ?").param(id).query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select text from survey_answer where survey = ? and question = 'role'").param(id).query(String.class).single())
			.isEqualTo("Mechatroniker");
	}

	@Test
	void theApiTakesAWholeResponseOnceByItsLink() throws Exception {
		UUID id = survey(definition(), false, null);
		String token = invitation(id);
		String body = "{\"answers\": {\"job\": {\"choices\": [0]}, \"rating\": {\"number\": 7}}}";
		mvc.perform(post("/api/v1/survey-responses/" + token).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.stored").value(true));
		mvc.perform(post("/api/v1/survey-responses/" + token).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stored").value(false));
		assertThat(jdbc.sql("select count(*) from survey_response where survey = ?").param(id).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anAnswerOutsideTheScaleIsRefusedWith422NamingItAndNothingIsStored() throws Exception {
		UUID id = survey(definition(), false, null);
		String token = invitation(id);
		mvc.perform(post("/api/v1/survey-responses/" + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"job\": {\"choices\": [0]}, \"rating\": {\"number\": 11}}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answers.rating"));
		assertThat(jdbc.sql("select count(*) from survey_response where survey = ?").param(id).query(Long.class).single()).isZero();
	}

	@Test
	void aClosedSurveySaysSoAndKeepsWhatWasAnswered() throws Exception {
		UUID id = survey(definition(), false, LocalDate.now(TimeConfiguration.ZONE).minusDays(1));
		String token = invitation(id);
		mvc.perform(get("/umfrage/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Diese Umfrage ist seit dem")));
		mvc.perform(post("/umfrage/" + token).with(csrf()).param("page", "0").param("q.job", "1"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/survey-responses/" + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"job\": {\"choices\": [0]}}}"))
			.andExpect(status().isConflict());
	}

	@Test
	void anUnknownLinkAnswers404WithAPageThatSaysSo() throws Exception {
		mvc.perform(get("/umfrage/u_unknown-link"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("Diesen Link kennen wir nicht")));
	}

	@Test
	void theApiCreatesASurveyWithOnlyItsTitleAndAllianceAndWithEveryOptionalFieldNull() throws Exception {
		mvc.perform(post("/api/v1/surveys").header("Authorization", DemoUser.COORDINATOR.basic()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": {\"de\": \"Kurzbefragung\"}, \"allianceId\": \"" + bottrop() + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.data.title.de").value("Kurzbefragung"))
			.andExpect(jsonPath("$.data.definition.pages.length()").value(1));
		mvc.perform(post("/api/v1/surveys").header("Authorization", DemoUser.COORDINATOR.basic()).contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title": {"de": "Kurzbefragung", "en": null}, "allianceId": "%s", "labId": null, "intro": null, "closing": null,
					 "anonymous": null, "openLink": null, "opensOn": null, "closesOn": null, "reminderDays": null, "eventId": null,
					 "definition": null}""".formatted(bottrop())))
			.andExpect(status().isCreated());
	}

	@Test
	void oddInputIsRefusedOrCleanedButNeverAnswers500() throws Exception {
		String alliance = bottrop().toString();
		mvc.perform(post("/api/v1/surveys").header("Authorization", DemoUser.COORDINATOR.basic()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": {\"de\": \"Null\\u0000zeichen\"}, \"allianceId\": \"" + alliance + "\", \"definition\": {\"pages\": [{\"questions\": "
					+ "[{\"key\": \"a\", \"type\": \"NUMBER\", \"text\": {\"de\": \"F\\u0000\"}, \"unit\": \"St\\u0000ück\"}]}]}}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.data.title.de").value("Nullzeichen"))
			.andExpect(jsonPath("$.data.definition.pages[0].questions[0].unit").value("Stück"));
		mvc.perform(post("/api/v1/surveys").header("Authorization", DemoUser.COORDINATOR.basic()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": {\"de\": \"x\"}, \"allianceId\": \"" + alliance + "\", \"opensOn\": \"+999999999-12-31\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("opensOn"));
		mvc.perform(post("/api/v1/surveys").header("Authorization", DemoUser.COORDINATOR.basic()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": {\"de\": \"x\"}, \"allianceId\": \"" + alliance + "\", \"eventId\": \"" + UUID.randomUUID() + "\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("eventId"));
	}

	@Test
	void aNulCharacterInAnAnswerIsDroppedWhetherGoingOnOrBack() throws Exception {
		UUID id = survey(definition(), false, null);
		String token = invitation(id);
		mvc.perform(post("/umfrage/" + token).with(csrf()).param("page", "0").param("q.job", "1").param("q.role", "Mecha\u0000troniker")
			.param("back", "1"))
			.andExpect(redirectedUrl("/umfrage/" + token));
		mvc.perform(post("/umfrage/" + token).with(csrf()).param("page", "0").param("q.job", "1").param("q.role", "Mecha\u0000troniker"))
			.andExpect(redirectedUrl("/umfrage/" + token));
		mvc.perform(get("/umfrage/" + token)).andExpect(content().string(containsString("Seite 2 von 2")));
		mvc.perform(post("/umfrage/" + token).with(csrf()).param("page", "1").param("back", "1"));
		mvc.perform(get("/umfrage/" + token)).andExpect(content().string(containsString("value=\"Mechatroniker\"")));
	}

	@Test
	void aSurveyWithoutAllianceOrLabIsRefusedAndNotStored() throws Exception {
		long before = jdbc.sql("select count(*) from survey").query(Long.class).single();
		mvc.perform(post("/api/v1/surveys").header("Authorization", DemoUser.COORDINATOR.basic()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": {\"de\": \"Ohne Besitzer\"}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("allianceId"));
		assertThat(jdbc.sql("select count(*) from survey").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theStartPageShowsCoordinatorsTheRunningSurveysAndMembersNone() throws Exception {
		mvc.perform(get("/").with(COORDINATOR))
			.andExpect(content().string(allOf(containsString("Laufende Umfragen"),
					containsString("Unternehmensbefragung zum Zukunftsplan der Wirtschaftsallianz Bottrop"))));
		mvc.perform(get("/").with(MEMBER)).andExpect(content().string(not(containsString("Laufende Umfragen"))));
	}

	@Test
	void membersMayNotOpenTheSurveys() throws Exception {
		mvc.perform(get("/surveys").with(MEMBER)).andExpect(status().isForbidden());
		mvc.perform(get("/surveys").with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private SurveyDefinition definition() {
		Question job = new Question("job", QuestionType.YES_NO, Text.german("Haben Sie offene Stellen?"), null, true, List.of(),
				false, null, null, null, List.of(), null);
		Question role = new Question("role", QuestionType.SHORT_TEXT, Text.german("Für welchen Beruf?"), null, true, List.of(),
				false, null, null, null, List.of(), new Condition("job", Condition.Operator.IS, "true"));
		Question rating = new Question("rating", QuestionType.SCALE, Text.german("Wie wahrscheinlich empfehlen Sie uns weiter?"),
				null, true, List.of(), false, null, null, null, List.of(), null);
		return new SurveyDefinition(List.of(new SurveyPage(null, null, List.of(job, role)),
				new SurveyPage(Text.german("Zum Schluss"), null, List.of(rating))));
	}

	private UUID survey(SurveyDefinition definition, boolean anonymous, LocalDate closesOn) {
		return surveys.create(new SurveyData(bottrop(), null, Text.german("Testbefragung " + UUID.randomUUID()), null, null,
				anonymous, false, null, closesOn, null, null, definition));
	}

	// an invitation as Invitations makes it, without a mail
	private String invitation(UUID survey) {
		UUID invitation = UUID.randomUUID();
		jdbc.sql("insert into survey_invitation (id, survey, email, name, invited_at) values (?, ?, ?, 'Erika Muster', now())")
			.params(invitation, survey, invitation + "@example.org")
			.update();
		String token = SecretTokens.newToken("u_");
		jdbc.sql("insert into survey_link (token, invitation) values (?, ?)").params(SecretTokens.hash(token), invitation).update();
		return token;
	}

	private UUID bottrop() {
		return network.allianceNamed("Wirtschaftsallianz Bottrop").orElseThrow();
	}
}
