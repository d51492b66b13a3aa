package org.regiolab.labs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF fact sheet, read back with PDFBox. */
class FactSheetPdfTest {

	private final FactSheetPdf pdf = FactSheets.pdf();

	@Test
	void aLabsSheetIsATaggedA4PdfWithTitleLanguageAndEmbeddedFonts() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render(FactSheets.hybrideFormenDesHandels(), Locale.GERMAN))) {
			for (PDPage page : document.getPages()) {
				assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), within(1));
				assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), within(1));
				for (COSName font : page.getResources().getFontNames()) {
					assertThat(page.getResources().getFont(font).isEmbedded()).as("font %s embedded", font).isTrue();
				}
			}
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			assertThat(catalog.getMarkInfo().isMarked()).isTrue();
			assertThat(catalog.getStructureTreeRoot()).isNotNull();
			assertThat(catalog.getLanguage()).isEqualTo("de");
			assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Reallabor »Hybride Formen des Handels«");
		}
	}

	@Test
	void theSheetFollowsTheSeedsOrderWithUmlautsIntactAndTheFundingNoticeAtTheFoot() throws IOException {
		String text = textOf(pdf.render(FactSheets.hybrideFormenDesHandels(), Locale.GERMAN));

		assertThat(text).containsSubsequence("Reallabor »Hybride Formen des Handels«", "Labor: Hybride Formen des Handels",
				"Art: Reallabor", "Bündnis: Wirtschaftsallianz Bottrop", "Hintergrund und Zielsetzung",
				"nachhaltiger zu gestalten", "Phase: Zweite Projektphase",
				"Umsetzung", "Reallabor Maßnahme(n) Megatrend/SDG", "Hybride Formen des Handels", FactSheets.FAIRTRADE,
				"MT »Faires Handeln«", "SDG 11 »Nachhaltige Städte und Gemeinden«", FactSheets.HALLOBOT,
				"Maßnahmenbeschreibung", "Maßnahme", FactSheets.FAIRTRADE, FactSheets.HALLOBOT,
				"Aktivitäten", "Koordination", "Amt für Wirtschaftsförderung", "Finanzierung", "Förderprogramm »Wifi4EU«",
				"Beteiligte Akteure", "Glaubensgemeinschaften", "Zielgruppe(n)", "Bürger:innen", "Mehrwert",
				"Ergebnisse", "26.11.2021 – Auszeichnung erworben; Übererfüllung der Kriterien", "Zukunftsperspektive",
				"Förderung", FactSheets.PROGRAMME, FactSheets.NOTICE);
		assertThat(text.strip()).endsWith(FactSheets.NOTICE);
	}

	@Test
	void everyPageSaysWhenTheSheetWasIssuedAndWhichPageOfHowManyItIs() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render(FactSheets.hybrideFormenDesHandels(), Locale.GERMAN))) {
			int pages = document.getNumberOfPages();
			assertThat(pages).isGreaterThan(1);
			for (int page = 1; page <= pages; page++) {
				PDFTextStripper stripper = new PDFTextStripper();
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				assertThat(stripper.getText(document)).contains("Stand: 22.11.2026", "Seite " + page + " von " + pages);
			}
		}
	}

	@Test
	void headingsTablesListsAndTheLogoAreTaggedAndTheLogoHasItsProgrammeAsAlternativeText() throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.render(FactSheets.hybrideFormenDesHandels(), Locale.GERMAN))) {
			List<PDStructureElement> elements = new ArrayList<>();
			collect(document.getDocumentCatalog().getStructureTreeRoot(), elements);

			assertThat(elements).extracting(PDStructureElement::getStructureType)
				.contains("H1", "H2", "Table", "TH", "TD", "L", "LI", "Figure");
			assertThat(elements).filteredOn(element -> "Figure".equals(element.getStructureType()))
				.extracting(PDStructureElement::getAlternateDescription)
				.containsExactly(FactSheets.PROGRAMME);
			PDPage last = document.getPage(document.getNumberOfPages() - 1);
			assertThat(last.getResources().getXObjectNames())
				.anyMatch(name -> isImage(last, name));
		}
	}

	@Test
	void aSingleMeasuresSheetShowsItAloneAndADashForItsEmptyOutlook() throws IOException {
		String text = textOf(pdf.render(FactSheets.halloBotAlone(), Locale.GERMAN));

		assertThat(text).containsSubsequence("Maßnahme »" + FactSheets.HALLOBOT + "«", "Umsetzung",
				"Maßnahmenbeschreibung", "Maßnahme " + FactSheets.HALLOBOT, "Aktivitäten", "Wifi in der Innenstadt",
				"Ergebnisse", "Meist besuchten Seiten", "Zukunftsperspektive –", "Förderung", FactSheets.NOTICE);
		assertThat(text).doesNotContain("Hintergrund und Zielsetzung", "Phase:", "Glaubensgemeinschaften");
	}

	@Test
	void anEnglishReaderGetsEnglishLabels() throws IOException {
		byte[] english = pdf.render(FactSheets.hybrideFormenDesHandels(), Locale.ENGLISH);
		String text = textOf(english);

		assertThat(text).containsSubsequence("Lab: Hybride Formen des Handels", "Kind: Reallabor", "Alliance:",
				"Background and objectives", "Implementation", "Reallabor Measure(s) Megatrend/SDG",
				"Description of the measures", "Activities", "Coordination", "Financing", "Actors involved",
				"Target group(s)", "Added value", "Results", "Outlook", "Funding");
		assertThat(text).contains("As of 22.11.2026", "Page 1 of");
		assertThat(text).doesNotContain("Aktivitäten", "Zukunftsperspektive", "Stand:", "Seite 1");
		try (PDDocument document = Loader.loadPDF(english)) {
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
		}
	}

	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static void collect(PDStructureNode node, List<PDStructureElement> elements) {
		for (Object kid : node.getKids()) {
			if (kid instanceof PDStructureElement element) {
				elements.add(element);
				collect(element, elements);
			}
		}
	}

	private static boolean isImage(PDPage page, COSName name) {
		try {
			return page.getResources().getXObject(name) instanceof PDImageXObject;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Offset<Float> within(float points) {
		return Offset.offset(points);
	}
}
