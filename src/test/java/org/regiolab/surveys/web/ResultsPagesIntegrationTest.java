package org.regiolab.surveys.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;
import org.regiolab.surveys.Answer;
import org.regiolab.surveys.Answering;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.SurveyData;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.SurveyPage;
import org.regiolab.surveys.Surveys;
import org.regiolab.surveys.Text;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A survey's results page, its filters and its downloads, with responses given through the survey's
 * public link and their organisations' sectors set afterwards.
 */
@IntegrationTest
class ResultsPagesIntegrationTest {

	static final String COORDINATOR_MAIL = "koordination@demo.regiolab.example";
	static final RequestPostProcessor COORDINATOR = user(COORDINATOR_MAIL).roles("COORDINATOR");
	static final String NBSP = "\u00a0";

	@Autowired
	MockMvc mvc;

	@Autowired
	Surveys surveys;

	@Autowired
	Answering answering;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theResultsPageShowsTheCountsOfEachQuestionWithAChartBesideItsTable() throws Exception {
		UUID survey = surveyWithFourResponses(false);

		String page = page("/surveys/" + survey + "/results");

		assertThat(page).contains("Wie viele Beschäftigte suchen Sie?", "Welche Themen beschäftigen Sie?");
		assertThat(page.split("<section class=\"survey-result\"", -1)).hasSize(1 + 1 + questions().size());
		assertThat(page).contains("3 (75,0" + NBSP + "%)", "1 (25,0" + NBSP + "%)");
		assertThat(page).contains("<svg", "id=\"chart-themen-title\"", "<table");
		assertThat(page).contains("Net Promoter Score", "Mittelwert", "7,5");
		assertThat(page).contains("Parkplätze fehlen in der Innenstadt");
		assertThat(page).contains("Fördermittel");
		assertThat(page).contains("<td class=\"numeric survey-shade-5\">2 (100,0" + NBSP + "%)</td>");
	}

	@Test
	void filteringBySectorCountsOnlyThatSectorsResponses() throws Exception {
		UUID survey = surveyWithFourResponses(false);

		String all = page("/surveys/" + survey + "/results");
		String bakers = page("/surveys/" + survey + "/results?sector=10");

		assertThat(all).contains("3 (75,0" + NBSP + "%)");
		assertThat(bakers).contains("Antworten in dieser Auswahl:</span> <strong>1</strong>")
			.contains("1 (100,0" + NBSP + "%)")
			.doesNotContain("3 (75,0" + NBSP + "%)");
	}

	@Test
	void filteringByAnAnswerCountsOnlyThoseWhoGaveIt() throws Exception {
		UUID survey = surveyWithFourResponses(false);

		String page = page("/surveys/" + survey + "/results?cross=ausbildung:0"); // those who answered no

		assertThat(page).contains("Antworten in dieser Auswahl:</span> <strong>2</strong>")
			.contains("<option value=\"ausbildung:0\" selected=\"selected\">Nein</option>");
	}

	@Test
	void anAnonymousSurveyShowsANoticeInsteadOfTheFiguresOfASelectionOfFewerThanFive() throws Exception {
		UUID survey = surveyWithFourResponses(true);

		String page = page("/surveys/" + survey + "/results?sector=62");

		assertThat(page).contains("weniger als 5 Antworten").doesNotContain("<section class=\"survey-result\"")
			.doesNotContain("75,0");
	}

	@Test
	void theWorkbookHasOneRowPerResponseAColumnPerOptionOfAMultipleChoiceAndACodeBook() throws Exception {
		UUID survey = surveyWithFourResponses(false);

		byte[] xlsx = download("/surveys/" + survey + "/responses.xlsx");

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet responses = workbook.getSheet("Antworten");
			List<String> header = cells(responses.getRow(0));
			assertThat(header).startsWith("id", "submitted_on", "organisation", "kind", "sector", "region", "ausbildung", "themen_1",
					"themen_2", "themen_3", "themen_other");
			assertThat(responses.getLastRowNum()).isEqualTo(4);
			int digital = header.indexOf("themen_1");
			List<String> picked = new ArrayList<>();
			for (int row = 1; row <= 4; row++) {
				picked.add(cells(responses.getRow(row)).get(digital));
			}
			assertThat(picked).containsExactlyInAnyOrder("1", "1", "1", "0");

			Sheet codebook = workbook.getSheet("Codebuch");
			List<String> themen = cells(codebook.getRow(header.indexOf("themen_2") + 1));
			assertThat(themen).containsExactly("themen_2", "Welche Themen beschäftigen Sie?: Fachkräfte", "Mehrfachauswahl",
					"1 = ausgewählt; 0 = nicht ausgewählt; leer = Frage nicht beantwortet");
			assertThat(codebook.getLastRowNum()).isEqualTo(header.size());
		}
	}

	@Test
	void theCsvHasTheWorkbooksColumnsAndARowPerResponse() throws Exception {
		UUID survey = surveyWithFourResponses(true);

		String csv = new String(download("/surveys/" + survey + "/responses.csv"), StandardCharsets.UTF_8);

		List<String> lines = csv.lines().toList();
		assertThat(lines).hasSize(5);
		assertThat(lines.get(0)).startsWith("\uFEFFid;submitted_on;kind;sector;region;ausbildung;themen_1;themen_2;themen_3;themen_other")
			.doesNotContain("organisation");
		assertThat(csv).contains("Fördermittel");
	}

	@Test
	void thePdfReportNamesEachQuestionWithItsCounts() throws Exception {
		UUID survey = surveyWithFourResponses(false);

		MvcResult result = mvc.perform(get("/surveys/" + survey + "/report.pdf").with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn();

		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		try (PDDocument document = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			String text = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " ");
			assertThat(text).contains("Welche Themen beschäftigen Sie?", "Digitalisierung 3 75,0 %", "Parkplätze fehlen in der Innenstadt",
					"Erreichbarkeit 2 (100,0 %)");
		}
	}

	@Test
	void theReportIsMailedToTheSignedInPersonWithThePdfAttached() throws Exception {
		UUID survey = surveyWithFourResponses(false);

		mvc.perform(post("/surveys/" + survey + "/report/mail").with(csrf()).with(COORDINATOR))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/surveys/" + survey + "/results"));

		String attachment = jdbc.sql("select attachment_name from mail_outbox where recipient = ? and subject = ?")
			.params(COORDINATOR_MAIL, "Ergebnisse der Umfrage »" + surveys.load(survey).data().title().de() + "«")
			.query(String.class)
			.single();
		assertThat(attachment).endsWith("-ergebnisse.pdf");
	}

	@Test
	void anUnknownSurveyHasNoResults() throws Exception {
		mvc.perform(get("/surveys/" + UUID.randomUUID() + "/results").with(COORDINATOR)).andExpect(status().isNotFound());
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path).with(COORDINATOR))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private byte[] download(String path) throws Exception {
		MvcResult started = mvc.perform(get(path).with(COORDINATOR)).andReturn();
		return mvc.perform(asyncDispatch(started)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
	}

	private static List<String> cells(Row row) {
		DataFormatter format = new DataFormatter();
		List<String> cells = new ArrayList<>();
		for (int i = 0; i < row.getLastCellNum(); i++) {
			cells.add(row.getCell(i) == null ? "" : format.formatCellValue(row.getCell(i)));
		}
		return cells;
	}

	static List<Question> questions() {
		return List.of(
				question("ausbildung", QuestionType.YES_NO, "Bilden Sie aus?", List.of(), false, List.of()),
				question("themen", QuestionType.MULTIPLE_CHOICE, "Welche Themen beschäftigen Sie?",
						List.of("Digitalisierung", "Fachkräfte", "Energie"), true, List.of()),
				question("empfehlung", QuestionType.SCALE, "Wie wahrscheinlich empfehlen Sie die Innenstadt?", List.of(), false, List.of()),
				question("beschaeftigte", QuestionType.NUMBER, "Wie viele Beschäftigte suchen Sie?", List.of(), false, List.of()),
				question("lage", QuestionType.MATRIX, "Wie bewerten Sie die Lage?", List.of("gut", "mittel", "schlecht"), false,
						List.of("Erreichbarkeit", "Parken")),
				question("wichtig", QuestionType.RANKING, "Was ist Ihnen am wichtigsten?", List.of("Preis", "Nähe", "Service"), false,
						List.of()),
				question("wunsch", QuestionType.LONG_TEXT, "Was wünschen Sie sich?", List.of(), false, List.of()));
	}

	private static Question question(String key, QuestionType type, String text, List<String> options, boolean other,
			List<String> rows) {
		return new Question(key, type, Text.german(text), null, false, options.stream().map(Text::german).toList(), other, null, null,
				null, rows.stream().map(Text::german).toList(), null);
	}

	/** Three responses in sector 62 and one in sector 10. */
	private UUID surveyWithFourResponses(boolean anonymous) {
		UUID alliance = jdbc.sql("select id from alliance order by name limit 1").query(UUID.class).single();
		UUID id = UUID.randomUUID();
		UUID survey = surveys.create(new SurveyData(alliance, null, Text.german("Fachkräfte und Innenstadt " + id.toString().substring(0, 8)),
				null, null, anonymous, true, null, null, null, null,
				new SurveyDefinition(List.of(new SurveyPage(null, null, questions())))));
		respond(survey, "62", Map.of("ausbildung", Answer.yes(true), "themen", Answer.choices(List.of(0, 1)),
				"empfehlung", Answer.number(9), "beschaeftigte", Answer.number(3), "lage", Answer.items(Map.of(0, 0, 1, 2)),
				"wichtig", Answer.items(Map.of(0, 1, 1, 2, 2, 3)), "wunsch", Answer.text("Parkplätze fehlen in der Innenstadt")));
		respond(survey, "62", Map.of("ausbildung", Answer.yes(true), "themen", Answer.choices(List.of(0)),
				"empfehlung", Answer.number(10), "lage", Answer.items(Map.of(0, 0, 1, 2)),
				"wunsch", Answer.text("Mehr Parkplätze und längere Öffnungszeiten")));
		respond(survey, "62", Map.of("ausbildung", Answer.yes(false), "themen",
				new Answer(List.of(0, 2), "Fördermittel", null, null, null, null), "empfehlung", Answer.number(5)));
		respond(survey, "10", Map.of("ausbildung", Answer.yes(false), "themen", Answer.choices(List.of(1)),
				"empfehlung", Answer.number(6), "beschaeftigte", Answer.number(12)));
		return survey;
	}

	private void respond(UUID survey, String sector, Map<String, Answer> answers) {
		String link = surveys.load(survey).openLink();
		assertThat(answering.respond(answering.startOpen(link), answers)).isTrue();
		jdbc.sql("update survey_response set sector = ?, kind = 'COMPANY' where survey = ? and sector is null").params(sector, survey).update();
	}
}
