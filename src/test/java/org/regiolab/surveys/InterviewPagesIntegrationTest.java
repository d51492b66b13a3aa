package org.regiolab.surveys;

import java.io.ByteArrayInputStream;
import java.util.UUID;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The interview pages with the demo world's guide of the Fachkräfte lab, and its downloads. */
@IntegrationTest
class InterviewPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Codings codings;

	@Test
	void theDemoWorldHasTheFachkraefteLabsFiveInventedInterviewsAndACodeBook() throws Exception {
		UUID guide = demoGuide();
		assertThat(jdbc.sql("select count(*) from interview where guide = ? and invented").param(guide).query(Long.class).single())
			.isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from interview_answer a join interview i on i.id = a.interview where i.guide = ? and a.text like '%Erfundene Beispielnotiz%'")
			.param(guide).query(Long.class).single()).isEqualTo(5);
		assertThat(codings.matrix(guide).codes()).extracting(Code::path)
			.contains("Rekrutierung", "Sprache", "Ausbildung", "Bürokratie/Aufenthaltsrecht",
					"Bürokratie/Aufenthaltsrecht › Ausbildungsduldung", "Betreuung");
		mvc.perform(get("/interviews/guides/" + guide).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Betrieb A (Sanitär, Heizung, Klima)")))
			.andExpect(content().string(containsString("erfunden")));
	}

	@Test
	void anInterviewPageHighlightsItsCodedPassagesWithTheCodesNames() throws Exception {
		UUID interview = jdbc.sql("select id from interview where label = 'Betrieb B (Elektrohandwerk)'").query(UUID.class).single();
		mvc.perform(get("/interviews/" + interview).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"class=\"coded code-colour--yellow\">Die Sprache ist das A und O, gerade bei Sicherheitsvorschriften.</mark><span")))
			.andExpect(content().string(containsString("class=\"code-label code-colour--yellow\" data-label>Sprache</span>")))
			.andExpect(content().string(containsString("Erfundene Beispieldaten")));
	}

	@Test
	void withoutJavaScriptTheFormCodesTheWholeAnswer() throws Exception {
		UUID interview = jdbc.sql("select id from interview where label = 'Betrieb D (Bäckerei)'").query(UUID.class).single();
		UUID guide = demoGuide();
		UUID question = jdbc.sql("select id from interview_question where guide = ? and position = 4").param(guide).query(UUID.class).single();
		UUID code = jdbc.sql("select id from interview_code where guide = ? and name = 'Betreuung'").param(guide).query(UUID.class).single();
		mvc.perform(post("/interviews/" + interview + "/codings").with(coordinator()).with(csrf())
				.param("questionId", question.toString()).param("codeId", code.toString()).param("start", "").param("end", ""))
			.andExpect(status().is3xxRedirection());
		String answer = jdbc.sql("select text from interview_answer where interview = ? and question = ?").params(interview, question)
			.query(String.class).single();
		assertThat(jdbc.sql("select quote from interview_coding where interview = ? and question = ? and code = ?")
			.params(interview, question, code).query(String.class).single()).isEqualTo(answer);
	}

	@Test
	void aCodeBelowItsOwnDescendantIsShownAsAnErrorNextToTheField() throws Exception {
		UUID guide = demoGuide();
		UUID top = jdbc.sql("select id from interview_code where guide = ? and name = 'Bürokratie/Aufenthaltsrecht'").param(guide)
			.query(UUID.class).single();
		UUID below = jdbc.sql("select id from interview_code where parent = ?").param(top).query(UUID.class).single();
		mvc.perform(post("/interviews/codes/" + top).with(coordinator()).with(csrf())
				.param("name", "Bürokratie/Aufenthaltsrecht").param("colour", "ROSE").param("parentId", below.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("parentId-error")));
		assertThat(jdbc.sql("select parent from interview_code where id = ?").param(top).query(UUID.class).optional()).isEmpty();
	}

	@Test
	void theMatrixCountsAndShowsTheQuotesOfACode() throws Exception {
		UUID guide = demoGuide();
		UUID code = jdbc.sql("select id from interview_code where guide = ? and name = 'Ausbildungsduldung'").param(guide).query(UUID.class).single();
		assertThat(codings.matrix(guide).total(code)).isEqualTo(2);
		mvc.perform(get("/interviews/guides/" + guide + "/matrix").param("code", code.toString()).with(coordinator()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Erst die Ausbildungsduldung hat ihm Sicherheit gegeben.")));
	}

	@Test
	void theWordReportAndTheWorkbookReadBackWithTheirNotesAndQuotes() throws Exception {
		UUID guide = demoGuide();
		byte[] docx = mvc.perform(get("/interviews/guides/" + guide + "/interviews.docx").with(coordinator()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor text = new XWPFWordExtractor(document)) {
			assertThat(text.getText()).contains("Betrieb E (Maler und Lackierer)", "Erfundene Beispieldaten",
					"Die Sprache ist das A und O", "»Wir wussten nie, ob unser Azubi bleiben darf.«");
			assertThat(document.getParagraphs()).anyMatch(p -> "Heading1".equals(p.getStyle()));
		}
		byte[] xlsx = mvc.perform(get("/interviews/guides/" + guide + "/interviews.xlsx").with(coordinator()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			XSSFSheet notes = workbook.getSheetAt(0);
			assertThat(notes.getPhysicalNumberOfRows()).isGreaterThanOrEqualTo(6);
			assertThat(notes.getRow(0).getCell(5).getStringCellValue()).startsWith("Wie ist Ihr Betrieb");
			XSSFSheet passages = workbook.getSheetAt(1);
			assertThat(passages.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Zitat");
			assertThat(passages.getPhysicalNumberOfRows()).isGreaterThan(10);
		}
	}

	@Test
	void anInterviewIsRecordedThroughTheFormWithItsNotesAndABlankLabelIsShownNextToTheField() throws Exception {
		UUID guide = demoGuide();
		UUID question = jdbc.sql("select id from interview_question where guide = ? and position = 0").param(guide).query(UUID.class).single();
		long before = jdbc.sql("select count(*) from interview").query(Long.class).single();
		mvc.perform(post("/interviews/guides/" + guide + "/interviews").with(coordinator()).with(csrf())
				.param("label", " ").param("interviewedOn", "2021-06-01").param("interviewer", "Team")
				.param("answers[" + question + "]", "Notiz"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("label-error")))
			.andExpect(content().string(containsString(">Notiz</textarea>")));
		assertThat(jdbc.sql("select count(*) from interview").query(Long.class).single()).isEqualTo(before);
		mvc.perform(post("/interviews/guides/" + guide + "/interviews").with(coordinator()).with(csrf())
				.param("label", "Betrieb F (Formular)").param("interviewedOn", "2021-06-01").param("interviewer", "Team")
				.param("answers[" + question + "]", "Zeile eins\r\nZeile zwei"))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select a.text from interview_answer a join interview i on i.id = a.interview where i.label = 'Betrieb F (Formular)'")
			.query(String.class).single()).isEqualTo("Zeile eins\nZeile zwei");
	}

	@Test
	void aMemberMayNotOpenTheInterviews() throws Exception {
		mvc.perform(get("/interviews").with(user("mitglied@demo.regiolab.example").roles("MEMBER"))).andExpect(status().isForbidden());
	}

	private UUID demoGuide() {
		return jdbc.sql("select id from interview_guide where title like 'Leitfaden: Geflüchtete%'").query(UUID.class).single();
	}

	private static RequestPostProcessor coordinator() {
		return user("koordination@demo.regiolab.example").roles("COORDINATOR");
	}
}
