package org.regiolab.surveys;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Guides, questions, interviews, codes and codings through /api/v1/interviews, as a coordinator uses them. */
@IntegrationTest
class InterviewApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyEndpointWorksWithOnlyItsRequiredFieldsAndEachOptionalFieldNull() throws Exception {
		String guide = created(send(post("/api/v1/interviews/guides"),
				"{\"title\": \"Nur Pflichtfelder\", \"labId\": \"%s\", \"allianceId\": null}".formatted(lab()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.allianceId").value(nullValue()))
			.andExpect(jsonPath("$.ownerName").value("Fachkräftesicherung")));
		String question = JsonPath.read(send(post("/api/v1/interviews/guides/" + guide + "/questions"),
				"{\"textDe\": \"Wie finden Sie Azubis?\", \"textEn\": null, \"position\": null}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.questions[0].textEn").value(nullValue()))
			.andReturn().getResponse().getContentAsString(), "$.questions[0].id");
		String interview = created(send(post("/api/v1/interviews/guides/" + guide + "/interviews"),
				"""
				{"label": "Betrieb X", "interviewedOn": "2021-03-01", "interviewer": "Team", "organizationId": null,
				 "personId": null, "invented": null, "answers": null}""")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invented").value(false))
			.andExpect(jsonPath("$.answers", hasSize(0))));
		send(put("/api/v1/interviews/" + interview), """
				{"label": "Betrieb X", "interviewedOn": "2021-03-01", "interviewer": "Team",
				 "answers": [{"questionId": "%s", "text": "Über Praktika."}]}""".formatted(question))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.answers[0].text").value("Über Praktika."));
		String code = created(send(post("/api/v1/interviews/guides/" + guide + "/codes"),
				"{\"name\": \"Rekrutierung\", \"colour\": \"BLUE\", \"parentId\": null, \"description\": null}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.depth").value(0)));
		String coding = created(send(post("/api/v1/interviews/" + interview + "/codings"),
				"{\"questionId\": \"%s\", \"codeId\": \"%s\", \"start\": null, \"end\": null}".formatted(question, code))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.quote").value("Über Praktika."))
			.andExpect(jsonPath("$.start").value(0))
			.andExpect(jsonPath("$.end").value(14)));
		mvc.perform(get("/api/v1/interviews/codings/" + coding).with(coordinator())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/interviews/guides/" + guide + "/interviews").with(coordinator()))
			.andExpect(jsonPath("$[0].label").value("Betrieb X"))
			.andExpect(jsonPath("$[0].organizationId").value(nullValue()))
			.andExpect(jsonPath("$[0].codings").value(1));
		mvc.perform(get("/api/v1/interviews/guides").with(coordinator()))
			.andExpect(jsonPath("$[?(@.id == '%s')].labId".formatted(guide)).value(lab().toString()));
		mvc.perform(get("/api/v1/interviews/guides/" + guide + "/matrix").with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.codes[0].total").value(1));
		mvc.perform(delete("/api/v1/interviews/codings/" + coding).with(coordinator())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/interviews/codes/" + code).with(coordinator())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/interviews/" + interview).with(coordinator())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/interviews/guides/" + guide + "/questions/" + question).with(coordinator()))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/interviews/guides/" + guide).with(coordinator())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/interviews/guides/" + guide).with(coordinator())).andExpect(status().isNotFound());
	}

	@Test
	void aGuideWithoutAnOwnerOrWithTwoOrABlankTitleIsRefusedAndNothingIsStored() throws Exception {
		long before = count("interview_guide");
		send(post("/api/v1/interviews/guides"), "{\"title\": \"Ohne Besitzer\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("allianceId"));
		send(post("/api/v1/interviews/guides"), "{\"title\": \"Zwei Besitzer\", \"labId\": \"%s\", \"allianceId\": \"%s\"}"
			.formatted(lab(), jdbc.sql("select id from alliance limit 1").query(UUID.class).single()))
			.andExpect(status().isUnprocessableContent());
		send(post("/api/v1/interviews/guides"), "{\"title\": \"Unbekanntes Labor\", \"labId\": \"%s\"}".formatted(UUID.randomUUID()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("labId"));
		send(post("/api/v1/interviews/guides"), "{\"title\": \" \", \"labId\": \"%s\"}".formatted(lab()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("title"));
		assertThat(count("interview_guide")).isEqualTo(before);
	}

	@Test
	void anInterviewWithNotesOnAQuestionOfAnotherGuideIsRefusedAndNothingIsStored() throws Exception {
		String guide = guide();
		long before = count("interview");
		send(post("/api/v1/interviews/guides/" + guide + "/interviews"), """
				{"label": "Betrieb Y", "interviewedOn": "2021-03-01", "interviewer": "Team",
				 "answers": [{"questionId": "%s", "text": "Fremde Frage"}]}""".formatted(UUID.randomUUID()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answers"));
		send(post("/api/v1/interviews/guides/" + guide + "/interviews"), "{\"label\": \"Ohne Datum\", \"interviewer\": \"Team\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("interviewedOn"));
		send(post("/api/v1/interviews/guides/" + UUID.randomUUID() + "/interviews"),
				"{\"label\": \"Betrieb Z\", \"interviewedOn\": \"2021-03-01\", \"interviewer\": \"Team\"}")
			.andExpect(status().isNotFound());
		assertThat(count("interview")).isEqualTo(before);
	}

	@Test
	void aCodeCannotGoBelowItselfOrBelowItsOwnDescendant() throws Exception {
		String guide = guide();
		String top = created(send(post("/api/v1/interviews/guides/" + guide + "/codes"), "{\"name\": \"Sprache\", \"colour\": \"YELLOW\"}"));
		String middle = created(send(post("/api/v1/interviews/guides/" + guide + "/codes"),
				"{\"name\": \"Berufsschule\", \"colour\": \"GREEN\", \"parentId\": \"%s\"}".formatted(top))
			.andExpect(jsonPath("$.path").value("Sprache › Berufsschule")));
		String bottom = created(send(post("/api/v1/interviews/guides/" + guide + "/codes"),
				"{\"name\": \"Prüfung\", \"colour\": \"GREEN\", \"parentId\": \"%s\"}".formatted(middle))
			.andExpect(jsonPath("$.depth").value(2)));
		send(put("/api/v1/interviews/codes/" + top), "{\"name\": \"Sprache\", \"colour\": \"YELLOW\", \"parentId\": \"%s\"}".formatted(top))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		send(put("/api/v1/interviews/codes/" + top), "{\"name\": \"Sprache\", \"colour\": \"YELLOW\", \"parentId\": \"%s\"}".formatted(bottom))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		send(post("/api/v1/interviews/guides/" + guide + "/codes"), "{\"name\": \"sprache\", \"colour\": \"BLUE\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("name"));
		send(post("/api/v1/interviews/guides/" + guide + "/codes"), "{\"name\": \"Farbe?\", \"colour\": \"PINK\"}")
			.andExpect(status().isUnprocessableContent());
		assertThat(jdbc.sql("select parent from interview_code where id = ?").param(UUID.fromString(top))
			.query(UUID.class).optional()).isEmpty();
	}

	@Test
	void aCodingMustLieWithinItsAnswerAndKeepsThePassageItQuotes() throws Exception {
		String guide = guide();
		String question = question(guide, "Welche Rolle spielt die Sprache?");
		String interview = created(send(post("/api/v1/interviews/guides/" + guide + "/interviews"), """
				{"label": "Betrieb Q", "interviewedOn": "2021-04-01", "interviewer": "Team",
				 "answers": [{"questionId": "%s", "text": "Die Berufsschule war das Problem."}]}""".formatted(question)));
		String code = created(send(post("/api/v1/interviews/guides/" + guide + "/codes"), "{\"name\": \"Schule\", \"colour\": \"GREEN\"}"));
		send(post("/api/v1/interviews/" + interview + "/codings"),
				"{\"questionId\": \"%s\", \"codeId\": \"%s\", \"start\": 4, \"end\": 16}".formatted(question, code))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.quote").value("Berufsschule"));
		long before = count("interview_coding");
		for (String offsets : new String[] { "\"start\": 4, \"end\": 99", "\"start\": 10, \"end\": 10", "\"start\": 40, \"end\": 41",
				"\"start\": 4", "\"start\": -1, \"end\": 3" }) {
			send(post("/api/v1/interviews/" + interview + "/codings"),
					"{\"questionId\": \"%s\", \"codeId\": \"%s\", %s}".formatted(question, code, offsets))
				.andExpect(status().isUnprocessableContent());
		}
		send(post("/api/v1/interviews/" + interview + "/codings"),
				"{\"questionId\": \"%s\", \"codeId\": \"%s\"}".formatted(question, UUID.randomUUID()))
			.andExpect(status().isNotFound());
		send(post("/api/v1/interviews/" + UUID.randomUUID() + "/codings"),
				"{\"questionId\": \"%s\", \"codeId\": \"%s\"}".formatted(question, code))
			.andExpect(status().isNotFound());
		assertThat(count("interview_coding")).isEqualTo(before);

		// the passage moves with its text, and goes when its text is gone
		send(put("/api/v1/interviews/" + interview), """
				{"label": "Betrieb Q", "interviewedOn": "2021-04-01", "interviewer": "Team",
				 "answers": [{"questionId": "%s", "text": "Vor allem: Die Berufsschule war das Problem."}]}""".formatted(question))
			.andExpect(jsonPath("$.codings[0].start").value(15))
			.andExpect(jsonPath("$.codings[0].quote").value("Berufsschule"));
		send(put("/api/v1/interviews/" + interview), """
				{"label": "Betrieb Q", "interviewedOn": "2021-04-01", "interviewer": "Team",
				 "answers": [{"questionId": "%s", "text": "Keine Probleme."}]}""".formatted(question))
			.andExpect(jsonPath("$.codings", hasSize(0)));
	}

	@Test
	void theMatrixCountsEachCodeInEachInterview() throws Exception {
		String guide = guide();
		String question = question(guide, "Was hilft?");
		String first = interview(guide, question, "Ansprechperson und weniger Papier.");
		String second = interview(guide, question, "Weniger Papier.");
		String paper = created(send(post("/api/v1/interviews/guides/" + guide + "/codes"), "{\"name\": \"Bürokratie\", \"colour\": \"ROSE\"}"));
		String contact = created(send(post("/api/v1/interviews/guides/" + guide + "/codes"), "{\"name\": \"Betreuung\", \"colour\": \"TEAL\"}"));
		coding(first, question, paper, 19, 33);
		coding(first, question, contact, 0, 14);
		coding(second, question, paper, null, null);
		coding(second, question, paper, null, null);
		mvc.perform(get("/api/v1/interviews/guides/" + guide + "/matrix").with(coordinator()))
			.andExpect(jsonPath("$.codes[0].path").value("Betreuung"))
			.andExpect(jsonPath("$.codes[0].total").value(1))
			.andExpect(jsonPath("$.codes[1].path").value("Bürokratie"))
			.andExpect(jsonPath("$.codes[1].total").value(2))
			.andExpect(jsonPath("$.codes[1].interviews[0].count").value(1))
			.andExpect(jsonPath("$.codes[1].interviews[1].count").value(1));
	}

	@Test
	void aMemberMayNeitherReadNorWriteInterviews() throws Exception {
		long before = count("interview_guide");
		mvc.perform(get("/api/v1/interviews/guides").with(member())).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/interviews/guides").contentType(MediaType.APPLICATION_JSON).with(member())
				.content("{\"title\": \"Von einem Mitglied\", \"labId\": \"%s\"}".formatted(lab())))
			.andExpect(status().isForbidden());
		assertThat(count("interview_guide")).isEqualTo(before);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor member() {
		return httpBasic(DemoUser.MEMBER.email(), DemoUser.MEMBER.password());
	}

	private String guide() throws Exception {
		return created(send(post("/api/v1/interviews/guides"), "{\"title\": \"Testleitfaden\", \"labId\": \"%s\"}".formatted(lab())));
	}

	private String question(String guide, String text) throws Exception {
		String json = send(post("/api/v1/interviews/guides/" + guide + "/questions"), "{\"textDe\": \"%s\"}".formatted(text))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(json, "$.questions[-1].id");
	}

	private String interview(String guide, String question, String text) throws Exception {
		return created(send(post("/api/v1/interviews/guides/" + guide + "/interviews"), """
				{"label": "Betrieb %s", "interviewedOn": "2021-04-01", "interviewer": "Team",
				 "answers": [{"questionId": "%s", "text": "%s"}]}""".formatted(UUID.randomUUID(), question, text)));
	}

	private void coding(String interview, String question, String code, Integer start, Integer end) throws Exception {
		send(post("/api/v1/interviews/" + interview + "/codings"),
				"{\"questionId\": \"%s\", \"codeId\": \"%s\", \"start\": %s, \"end\": %s}".formatted(question, code, start, end))
			.andExpect(status().isCreated());
	}

	private UUID lab() {
		return jdbc.sql("select id from lab where name = 'Fachkräftesicherung'").query(UUID.class).single();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(coordinator()));
	}

	private static String created(ResultActions result) throws Exception {
		return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor coordinator() {
		return httpBasic(DemoUser.COORDINATOR.email(), DemoUser.COORDINATOR.password());
	}
}
