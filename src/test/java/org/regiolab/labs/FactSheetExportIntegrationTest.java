package org.regiolab.labs;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A lab's fact sheets downloaded as a user would, read back from the PDF and the Word document:
 * every field in the seed's order, umlauts intact, the funding notices at the foot.
 */
@IntegrationTest
class FactSheetExportIntegrationTest {

	static final List<String> SEED_ORDER = List.of("Reallabor »Hybride Formen des Handels«", "Maßnahme(n)", "Megatrend/SDG",
			"MT »Faires Handeln«", "Aktivitäten", "Koordination", "Finanzierung", "Beteiligte Akteure", "Zielgruppe(n)",
			"Mehrwert", "Ergebnisse", "Zukunftsperspektive", "Förderung");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theLabsPdfHoldsEveryFieldInTheSeedsOrderWithUmlautsAndTheFundingNotices() throws Exception {
		HttpResponse<byte[]> pdf = download("/api/v1/labs/" + lab("Hybride Formen des Handels") + "/factsheet.pdf");
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains("steckbrief-hybride-formen-des-handels.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertInOrder(text, SEED_ORDER);
			assertThat(text).contains("Glaubensgemeinschaften", "Übererfüllung der Kriterien", "26.11.2021 – Auszeichnung erworben",
					"Förderprogramm »Wifi4EU«", "Initiative WiFi4EU gefördert", "»Bottrop 2018+« der Stadt Bottrop");
		}
	}

	@Test
	void theLabsWordDocumentHoldsTheSameInTheSameOrder() throws Exception {
		HttpResponse<byte[]> docx = download("/api/v1/labs/" + lab("Hybride Formen des Handels") + "/factsheet.docx");
		assertThat(docx.statusCode()).isEqualTo(200);
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText().replaceAll("\\s+", " ");
			assertInOrder(text, SEED_ORDER);
			assertThat(text).contains("Glaubensgemeinschaften", "Übererfüllung der Kriterien", "Bürger:innen");
		}
	}

	@Test
	void aSingleMeasuresSheetHoldsOnlyThatMeasureWithItsFinancingAsTheSeedWritesIt() throws Exception {
		String measure = jdbc.sql("select id from measure where title like 'Kooperation zur Erhöhung%' and created_by = 'system'")
			.query(String.class).single();
		HttpResponse<byte[]> pdf = download("/api/v1/measures/" + measure + "/factsheet.pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Überwiegend Bottrop2018+, später geteilte Ressourcen", "August 2021 – beschließen",
					"Handwerkskammer Münster").doesNotContain("HalloBot");
		}
		assertThat(download("/api/v1/measures/00000000-0000-0000-0000-000000000000/factsheet.pdf").statusCode()).isEqualTo(404);
	}

	/** Fails unless {@code parts} stand in {@code text} in this order. */
	static void assertInOrder(String text, List<String> parts) {
		int from = 0;
		for (String part : parts) {
			int at = text.indexOf(part, from);
			assertThat(at).as("%s after position %d in %s", part, from, text).isGreaterThanOrEqualTo(0);
			from = at + part.length();
		}
	}

	private HttpResponse<byte[]> download(String path) throws Exception {
		return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", DemoUser.MEMBER.basic()).header("Accept-Language", "de").build(),
				HttpResponse.BodyHandlers.ofByteArray());
	}

	private String lab(String name) {
		return jdbc.sql("select id from lab where name = ?").param(name).query(String.class).single();
	}
}
