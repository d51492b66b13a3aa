package org.regiolab.labs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's own template engine and message bundles render both exports. */
@IntegrationTest
class FactSheetRenderingIntegrationTest {

	@Autowired
	FactSheetPdf pdf;

	@Autowired
	FactSheetDocx docx;

	@Test
	void theApplicationRendersTheSheetAsPdfAndWordWithItsGermanLabels() throws IOException {
		FactSheet sheet = FactSheets.hybrideFormenDesHandels();

		try (PDDocument document = Loader.loadPDF(pdf.render(sheet, Locale.GERMAN))) {
			assertThat(new PDFTextStripper().getText(document)).contains("Aktivitäten", "Zukunftsperspektive", "Förderung");
		}
		try (XWPFWordExtractor word = new XWPFWordExtractor(
				new XWPFDocument(new ByteArrayInputStream(docx.render(sheet, Locale.GERMAN))))) {
			assertThat(word.getText()).contains("Aktivitäten", "Zukunftsperspektive", "Förderung");
		}
	}
}
