package org.regiolab.labs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import static org.assertj.core.api.Assertions.assertThat;

/** The Word fact sheet, read back with POI. */
class FactSheetDocxTest {

	private static final List<String> FIELDS = List.of("Aktivitäten", "Koordination", "Finanzierung",
			"Beteiligte Akteure", "Zielgruppe(n)", "Mehrwert", "Ergebnisse", "Zukunftsperspektive");

	private final FactSheetDocx docx = FactSheets.docx();

	@Test
	void aLabsSheetIsAnA4DocumentWithTitleAndLanguage() throws IOException {
		try (XWPFDocument document = read(docx.render(FactSheets.hybrideFormenDesHandels(), Locale.GERMAN))) {
			CTPageSz size = document.getDocument().getBody().getSectPr().getPgSz();
			assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
			assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
			var properties = document.getProperties().getCoreProperties();
			assertThat(properties.getTitle()).isEqualTo("Reallabor »Hybride Formen des Handels«");
			assertThat(properties.getUnderlyingProperties().getLanguageProperty()).contains("de");
		}
	}

	@Test
	void headingsAreWordsHeadingStylesWithOutlineLevels() throws IOException {
		try (XWPFDocument document = read(docx.render(FactSheets.hybrideFormenDesHandels(), Locale.GERMAN))) {
			assertThat(textsOfStyle(document, "Heading1")).containsExactly("Reallabor »Hybride Formen des Handels«");
			assertThat(textsOfStyle(document, "Heading2"))
				.containsExactly("Hintergrund und Zielsetzung", "Umsetzung", "Maßnahmenbeschreibung", "Förderung");
			for (int level = 1; level <= 2; level++) {
				var style = document.getStyles().getStyle("Heading" + level).getCTStyle();
				assertThat(style.getName().getVal()).isEqualTo("heading " + level);
				assertThat(style.getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
			}
		}
	}

	@Test
	void theOverviewTableHasTheSeedsHeaderAndTheLabSpanningItsMeasures() throws IOException {
		try (XWPFDocument document = read(docx.render(FactSheets.hybrideFormenDesHandels(), Locale.GERMAN))) {
			XWPFTable overview = document.getTables().get(0);

			assertThat(texts(overview.getRow(0))).containsExactly("Reallabor", "Maßnahme(n)", "Megatrend/SDG");
			assertThat(overview.getRow(0).isRepeatHeader()).isTrue();
			assertThat(texts(overview.getRow(1))).startsWith("Hybride Formen des Handels", FactSheets.FAIRTRADE);
			assertThat(overview.getRow(1).getCell(2).getParagraphs()).extracting(XWPFParagraph::getText).containsExactly(
					"MT »Faires Handeln«", "SDG 11 »Nachhaltige Städte und Gemeinden«",
					"SDG 12 »Nachhaltige/r Konsum und Produktion«");
			assertThat(overview.getRow(1).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.RESTART);
			assertThat(overview.getRow(2).getCell(0).getCTTc().getTcPr().getVMerge().getVal()).isEqualTo(STMerge.CONTINUE);
			assertThat(overview.getRow(2).getCell(1).getText()).isEqualTo(FactSheets.HALLOBOT);
		}
	}

	@Test
	void theMeasuresStandSideBySideWithOneRowPerFieldInTheSeedsOrder() throws IOException {
		try (XWPFDocument document = read(docx.render(FactSheets.hybrideFormenDesHandels(), Locale.GERMAN))) {
			XWPFTable measures = document.getTables().get(1);

			assertThat(document.getTables()).hasSize(2);
			assertThat(texts(measures.getRow(0))).containsExactly("Maßnahme", FactSheets.FAIRTRADE, FactSheets.HALLOBOT);
			assertThat(measures.getRow(0).isRepeatHeader()).isTrue();
			assertThat(measures.getRows().stream().skip(1).map(row -> row.getCell(0).getText())).containsExactlyElementsOf(FIELDS);
			XWPFTableCell halloBotsFinancing = measures.getRow(3).getCell(2);
			assertThat(halloBotsFinancing.getParagraphs()).extracting(XWPFParagraph::getText)
				.containsExactly("Bottrop2018+", "Förderprogramm »Wifi4EU«");
			assertThat(halloBotsFinancing.getParagraphs()).allMatch(paragraph -> paragraph.getNumID() != null);
			assertThat(measures.getRow(2).getCell(1).getParagraphs().get(0).getNumID()).as("coordination is no list").isNull();
			assertThat(measures.getRow(7).getCell(1).getText()).startsWith("26.11.2021 – Auszeichnung erworben; Übererfüllung");
		}
	}

	@Test
	void theTextReadsInTheSeedsOrderWithUmlautsIntactAndTheFundingNoticeWithItsLogoAtTheFoot() throws IOException {
		try (XWPFDocument document = read(docx.render(FactSheets.hybrideFormenDesHandels(), Locale.GERMAN));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();

			assertThat(text).containsSubsequence("Reallabor »Hybride Formen des Handels«", "Labor: Hybride Formen des Handels",
					"Bündnis: Wirtschaftsallianz Bottrop", "Hintergrund und Zielsetzung", "Phase: Zweite Projektphase",
					"Umsetzung", "Maßnahmenbeschreibung", "Aktivitäten", "Koordination", "Finanzierung",
					"Beteiligte Akteure", "Glaubensgemeinschaften", "Zielgruppe(n)", "Mehrwert", "Ergebnisse",
					"Übererfüllung", "Zukunftsperspektive", "Förderung", FactSheets.PROGRAMME, FactSheets.NOTICE);
			List<XWPFPicture> pictures = document.getParagraphs().get(document.getParagraphs().size() - 1).getRuns().get(0)
				.getEmbeddedPictures();
			assertThat(pictures).extracting(XWPFPicture::getDescription).containsExactly(FactSheets.PROGRAMME);
			assertThat(document.getFooterList().get(0).getText()).contains("Stand: 22.11.2026", "Seite 1 von 1");
		}
	}

	@Test
	void aSingleMeasuresSheetHasOneMeasureColumnAndADashForItsEmptyOutlook() throws IOException {
		try (XWPFDocument document = read(docx.render(FactSheets.halloBotAlone(), Locale.GERMAN))) {
			XWPFTable measures = document.getTables().get(1);

			assertThat(textsOfStyle(document, "Heading1")).containsExactly("Maßnahme »" + FactSheets.HALLOBOT + "«");
			assertThat(textsOfStyle(document, "Heading2")).containsExactly("Umsetzung", "Maßnahmenbeschreibung", "Förderung");
			assertThat(texts(measures.getRow(0))).containsExactly("Maßnahme", FactSheets.HALLOBOT);
			assertThat(texts(measures.getRow(8))).containsExactly("Zukunftsperspektive", "–");
		}
	}

	@Test
	void anEnglishReaderGetsEnglishLabels() throws IOException {
		try (XWPFDocument document = read(docx.render(FactSheets.hybrideFormenDesHandels(), Locale.ENGLISH))) {
			XWPFTable measures = document.getTables().get(1);

			assertThat(texts(document.getTables().get(0).getRow(0))).containsExactly("Reallabor", "Measure(s)", "Megatrend/SDG");
			assertThat(measures.getRows().stream().skip(1).map(row -> row.getCell(0).getText())).containsExactly("Activities",
					"Coordination", "Financing", "Actors involved", "Target group(s)", "Added value", "Results", "Outlook");
			assertThat(textsOfStyle(document, "Heading2"))
				.containsExactly("Background and objectives", "Implementation", "Description of the measures", "Funding");
			assertThat(document.getFooterList().get(0).getText()).contains("As of 22.11.2026", "Page 1 of 1");
			assertThat(document.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty())
				.contains("en");
		}
	}

	private static XWPFDocument read(byte[] docx) throws IOException {
		return new XWPFDocument(new ByteArrayInputStream(docx));
	}

	private static List<String> textsOfStyle(XWPFDocument document, String style) {
		return document.getParagraphs().stream().filter(paragraph -> style.equals(paragraph.getStyle()))
			.map(XWPFParagraph::getText).toList();
	}

	private static List<String> texts(XWPFTableRow row) {
		return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
	}
}
