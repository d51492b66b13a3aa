package org.regiolab.surveys.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.SampleFiles;
import org.regiolab.surveys.Answering;
import org.regiolab.surveys.FileKind;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.SurveyData;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.SurveyPage;
import org.regiolab.surveys.Surveys;
import org.regiolab.surveys.Text;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.regiolab.surveys.web.SurveyPagesIntegrationTest.COORDINATOR;
import static org.regiolab.surveys.web.SurveyPagesIntegrationTest.MEMBER;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A company sends a document with its answers on the answer page, without JavaScript, and through
 * the API; coordinators download it from the results.
 */
@IntegrationTest
class FileQuestionPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Surveys surveys;

	@Autowired
	Answering answering;

	@Autowired
	NetworkDirectory network;

	@LocalServerPort
	int port;

	/** A PDF carries a random id, so the test keeps the one it sends. */
	static final byte[] PDF = SampleFiles.pdf();

	UUID survey;

	String token;

	@BeforeEach
	void survey() {
		Question plan = new Question("plan", QuestionType.FILE, Text.german("Ihr Vorhaben als PDF"), null, true, List.of(), false, null,
				1, null, List.of(), null, List.of(FileKind.PDF));
		Question photo = new Question("foto", QuestionType.FILE, Text.german("Ein Foto oder ein Word-Dokument"), null, false, List.of(),
				false, null, null, null, List.of(), null, List.of(FileKind.IMAGE, FileKind.WORD));
		Question more = new Question("mehr", QuestionType.YES_NO, Text.german("Dürfen wir nachfragen?"), null, false, List.of(), false,
				null, null, null, List.of(), null);
		UUID bottrop = network.allianceNamed("Wirtschaftsallianz Bottrop").orElseThrow();
		survey = surveys.create(new SurveyData(bottrop, null, Text.german("Dokumente " + UUID.randomUUID()), null, null, false, true,
				null, null, null, null, new SurveyDefinition(List.of(new SurveyPage(null, null, List.of(plan, photo)),
						new SurveyPage(null, null, List.of(more))))));
		token = answering.startOpen(surveys.load(survey).openLink());
	}

	@Test
	void theFirstPageIsAMultipartFormThatSaysWhatItTakes() throws Exception {
		mvc.perform(get("/umfrage/" + token))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("enctype=\"multipart/form-data\""), containsString("type=\"file\""),
					containsString("PDF, höchstens 1 MB"), containsString("accept=\".pdf\""),
					containsString("Bild (PNG, JPEG) oder Word (DOCX), höchstens 5 MB"))));
	}

	@Test
	void anUploadedFileIsThereWhenThePersonComesBack() throws Exception {
		mvc.perform(page(0).file(pdf("Plan 2027.pdf"))).andExpect(redirectedUrl("/umfrage/" + token));
		mvc.perform(page(1).param("back", "1")).andExpect(redirectedUrl("/umfrage/" + token));

		mvc.perform(get("/umfrage/" + token))
			.andExpect(content().string(allOf(containsString("Hochgeladen: Plan 2027.pdf ("), containsString("Plan 2027.pdf entfernen"))));
		assertThat(draftFiles()).containsExactly("Plan 2027.pdf");
	}

	@Test
	void aNewFileReplacesTheKeptOneAndRemovingTakesItAway() throws Exception {
		mvc.perform(page(0).file(pdf("alt.pdf")).file(new MockMultipartFile("q.foto", "foto.png", "image/png", SampleFiles.image("png"))));
		mvc.perform(page(1).param("back", "1"));

		mvc.perform(page(0).file(pdf("neu.pdf")).param("q.foto.remove", "1")).andExpect(redirectedUrl("/umfrage/" + token));

		assertThat(draftFiles()).containsExactly("neu.pdf");
	}

	@Test
	void aRequiredFileLeftOutIsAnErrorOfItsField() throws Exception {
		mvc.perform(page(0).file(new MockMultipartFile("q.plan", "", "application/octet-stream", new byte[0])))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("id=\"q-plan-error\""), containsString("Bitte beantworten Sie diese Frage."),
					containsString("aria-describedby=\"q-plan-kinds q-plan-error\""))));
	}

	@Test
	void aProgramNamedPdfIsRefusedAndNothingIsKept() throws Exception {
		mvc.perform(page(0).file(new MockMultipartFile("q.plan", "plan.pdf", "application/pdf", SampleFiles.program())))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Diese Art von Datei nimmt die Frage nicht an.")));
		assertThat(allFiles()).isZero();
	}

	@Test
	void aFileOverTheLimitIsRefusedAndNothingIsKept() throws Exception {
		byte[] large = new byte[1024 * 1024 + 1];
		System.arraycopy(PDF, 0, large, 0, 100);
		mvc.perform(page(0).file(new MockMultipartFile("q.plan", "gross.pdf", "application/pdf", large)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Die Datei ist größer als erlaubt.")));
		assertThat(allFiles()).isZero();
	}

	@Test
	void aSubmittedFileMovesToTheResponseAndCoordinatorsDownloadIt() throws Exception {
		mvc.perform(page(0).file(pdf("Plan.pdf")));
		mvc.perform(page(1).param("q.mehr", "1")).andExpect(content().string(containsString("Vielen Dank")));

		UUID file = jdbc.sql("select id from survey_file where survey = ? and response is not null and draft is null").param(survey)
			.query(UUID.class).single();
		mvc.perform(get("/surveys/" + survey + "/files/" + file).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("Plan.pdf")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PDF));
		mvc.perform(get("/surveys/" + survey + "/files/" + file).with(MEMBER)).andExpect(status().isForbidden());
		mvc.perform(get("/surveys/" + survey + "/results").with(COORDINATOR))
			.andExpect(content().string(allOf(containsString("Gesendete Dateien"),
					containsString("/surveys/" + survey + "/files/" + file), containsString("Plan.pdf"))));
	}

	@Test
	void aDraftsFileCannotBeDownloaded() throws Exception {
		mvc.perform(page(0).file(pdf("Entwurf.pdf")));
		UUID file = jdbc.sql("select id from survey_file where survey = ?").param(survey).query(UUID.class).single();

		mvc.perform(get("/surveys/" + survey + "/files/" + file).with(COORDINATOR)).andExpect(status().isNotFound());
	}

	@Test
	void theExportNamesTheFileAndItsSize() throws Exception {
		mvc.perform(page(0).file(pdf("Plan.pdf")));
		mvc.perform(page(1));

		MvcResult started = mvc.perform(get("/surveys/" + survey + "/responses.csv").with(COORDINATOR)).andReturn();
		mvc.perform(asyncDispatch(started)).andExpect(content().string(containsString("Plan.pdf (")));
	}

	@Test
	void theApiTakesAFileInBase64() throws Exception {
		String pdf = Base64.getEncoder().encodeToString(PDF);
		mvc.perform(post("/api/v1/survey-responses/" + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"plan\": {\"file\": {\"name\": \"../Plan.pdf\", \"contentBase64\": \"" + pdf + "\"}}}}"))
			.andExpect(status().isCreated());

		assertThat(jdbc.sql("select name from survey_file where survey = ? and response is not null").param(survey).query(String.class)
			.single()).isEqualTo("Plan.pdf");
	}

	@Test
	void theApiRefusesContentThatIsNotBase64With422NamingIt() throws Exception {
		mvc.perform(post("/api/v1/survey-responses/" + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"plan\": {\"file\": {\"name\": \"Plan.pdf\", \"contentBase64\": \"kein base64!\"}}}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answers.plan.file.contentBase64"));
		assertThat(allFiles()).isZero();
	}

	@Test
	void theApiRefusesAFileOfTheWrongKindWith422NamingTheQuestion() throws Exception {
		String text = Base64.getEncoder().encodeToString(SampleFiles.text("nur Text"));
		mvc.perform(post("/api/v1/survey-responses/" + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"plan\": {\"file\": {\"name\": \"Plan.pdf\", \"contentBase64\": \"" + text + "\"}}}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answers.plan"));
		assertThat(allFiles()).isZero();
	}

	@Test
	void theApiRefusesAFileNamedByIdWithoutContent() throws Exception {
		mvc.perform(post("/api/v1/survey-responses/" + token).contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\": {\"plan\": {\"file\": {\"id\": \"" + UUID.randomUUID() + "\", \"name\": \"x.pdf\"}}}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("answers.plan.file.contentBase64"));
	}

	@Test
	void theQuestionFormOffersTheKindsAndRefusesAFileQuestionWithoutThem() throws Exception {
		mvc.perform(get("/surveys/" + survey + "/questions/new").with(COORDINATOR))
			.andExpect(content().string(allOf(containsString("Dateiarten (bei Dateien)"), containsString("value=\"EXCEL\""))));
		mvc.perform(post("/surveys/" + survey + "/questions").with(COORDINATOR).with(csrf())
			.param("key", "anlage").param("page", "0").param("type", "FILE").param("textDe", "Anlage"))
			.andExpect(content().string(allOf(containsString("id=\"kinds-error\""), containsString("mindestens eine Dateiart"))));
		mvc.perform(post("/surveys/" + survey + "/questions").with(COORDINATOR).with(csrf())
			.param("key", "anlage").param("page", "0").param("type", "FILE").param("textDe", "Anlage").param("kinds", "PDF", "EXCEL")
			.param("max", "10"));
		assertThat(surveys.load(survey).data().definition().question("anlage").orElseThrow().kinds())
			.containsExactly(FileKind.PDF, FileKind.EXCEL);
		mvc.perform(get("/surveys/" + survey).with(COORDINATOR)).andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	void theApiRefusesAFileQuestionWithoutKindsNamingTheField() throws Exception {
		mvc.perform(put("/api/v1/surveys/" + survey + "/questions").header("Authorization", DemoUser.COORDINATOR.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pages\": [{\"questions\": [{\"key\": \"anlage\", \"type\": \"FILE\", \"text\": {\"de\": \"Anlage\"}}]}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("pages[0].questions[0].kinds"));
	}

	@Test
	void theApiTakesAFileQuestionWithKindsOnlyAndItsLimitIsFiveMegabytes() throws Exception {
		mvc.perform(put("/api/v1/surveys/" + survey + "/questions").header("Authorization", DemoUser.COORDINATOR.basic())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"pages\": [{\"questions\": [{\"key\": \"anlage\", \"type\": \"FILE\", \"text\": {\"de\": \"Anlage\"}, "
					+ "\"kinds\": [\"TEXT\"]}]}]}"))
			.andExpect(status().is2xxSuccessful());

		assertThat(surveys.load(survey).data().definition().question("anlage").orElseThrow().largestFile()).isEqualTo(5L * 1024 * 1024);
	}

	@Test
	void aRealBrowsersMultipartPostPassesTheCsrfCheck() throws Exception {
		HttpResponse<String> response = postFile(PDF);

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(draftFiles()).containsExactly("plan.pdf");
	}

	@Test
	void aFileBeyondWhatTheServerReceivesIsRefusedWith413NotA500() throws Exception {
		// spring.servlet.multipart.max-file-size (20 MB) leaves room above the largest limit a question may set (10 MB)
		HttpResponse<String> response = postFile(new byte[21 * 1024 * 1024]);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(allFiles()).isZero();
	}

	/** The first page posted as a browser posts it, over real HTTP with the session's CSRF token in the body. */
	private HttpResponse<String> postFile(byte[] content) throws Exception {
		HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
		String base = "http://localhost:" + port + "/umfrage/" + token;
		HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(base)).GET().build(), BodyHandlers.ofString());
		// the session cookie is marked Secure, which browsers honour on localhost and Java's cookie store does not
		String session = page.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.substring(0, cookie.indexOf(';')))
			.reduce((a, b) -> a + "; " + b).orElse("");
		String form = page.body();
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
		assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();
		String boundary = "----regiolab" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (String[] field : new String[][] { { "_csrf", csrf.group(1) }, { "page", "0" } }) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field[0] + "\"\r\n\r\n" + field[1] + "\r\n")
				.getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"q.plan\"; filename=\"plan.pdf\"\r\n"
				+ "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return client.send(HttpRequest.newBuilder(URI.create(base))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.header("Cookie", session)
			.POST(BodyPublishers.ofByteArray(body.toByteArray()))
			.build(), BodyHandlers.ofString());
	}

	private MockMultipartHttpServletRequestBuilder page(int page) {
		MockMultipartHttpServletRequestBuilder request = multipart("/umfrage/" + token);
		request.param("page", String.valueOf(page)).with(csrf());
		return request;
	}

	private static MockMultipartFile pdf(String name) {
		return new MockMultipartFile("q.plan", name, "application/pdf", PDF);
	}

	private List<String> draftFiles() {
		return jdbc.sql("select name from survey_file where survey = ? and draft is not null order by name").param(survey)
			.query(String.class).list();
	}

	private long allFiles() {
		return jdbc.sql("select count(*) from survey_file where survey = ?").param(survey).query(Long.class).single();
	}
}
