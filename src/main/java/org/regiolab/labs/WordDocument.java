package org.regiolab.labs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.regiolab.platform.PageNumber;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/**
 * A Word document on A4 with real headings, bullet lists and bordered tables whose header row repeats
 * on every page; what a fact sheet needs of POI, so that {@link FactSheetDocx} reads as the sheet's layout.
 */
final class WordDocument implements AutoCloseable {

	// A4 and margins of 18 mm, in twentieths of a point
	private static final int PAGE_WIDTH = 11906;
	private static final int PAGE_HEIGHT = 16838;
	private static final int MARGIN = 1021;
	private static final String BORDER_COLOUR = "5A6B7A";

	private final XWPFDocument document = new XWPFDocument();
	private final BigInteger bullets;

	WordDocument(String title, Locale locale) {
		WordStyles.define(document, locale);
		bullets = WordStyles.bullets(document);
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.addNewPgMar();
		BigInteger margin = BigInteger.valueOf(MARGIN);
		margins.setTop(margin);
		margins.setBottom(margin);
		margins.setLeft(margin);
		margins.setRight(margin);
		margins.setHeader(BigInteger.valueOf(MARGIN / 2));
		margins.setFooter(BigInteger.valueOf(MARGIN / 2));
		var properties = document.getProperties().getCoreProperties();
		properties.setTitle(title);
		properties.setCreator("RegioLab");
		properties.getUnderlyingProperties().setLanguageProperty(locale.toLanguageTag());
	}

	void heading(int level, String text) {
		XWPFParagraph heading = document.createParagraph();
		heading.setStyle(WordStyles.heading(level));
		heading.createRun().setText(text);
	}

	void paragraph(String text) {
		document.createParagraph().createRun().setText(text);
	}

	void strong(String text) {
		XWPFRun run = document.createParagraph().createRun();
		run.setBold(true);
		run.setText(text);
	}

	/** A bold label and its value on one line, as in "Bündnis: Wirtschaftsallianz Bottrop". */
	void fact(String label, String value) {
		XWPFParagraph fact = document.createParagraph();
		XWPFRun bold = fact.createRun();
		bold.setBold(true);
		bold.setText(label);
		fact.createRun().setText(" " + value);
	}

	/** A table as wide as the page whose first row is its header, repeated on every page it spans. */
	XWPFTable table(int rows, List<String> columnWidths) {
		XWPFTable table = document.createTable(rows, columnWidths.size());
		table.setWidth("100%");
		for (XWPFTableRow row : table.getRows()) {
			for (int column = 0; column < columnWidths.size(); column++) {
				row.getCell(column).setWidth(columnWidths.get(column));
			}
			row.setCantSplitRow(true);
		}
		table.getRow(0).setRepeatHeader(true);
		table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
		table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
		table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
		table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
		table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
		table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, BORDER_COLOUR);
		return table;
	}

	/** Fills a new cell with one paragraph per line, as bullets if asked; headers are bold. */
	void cell(XWPFTableCell cell, List<String> lines, boolean bulleted, boolean header) {
		for (int line = 0; line < lines.size(); line++) {
			XWPFParagraph paragraph = line == 0 ? cell.getParagraphs().get(0) : cell.addParagraph();
			if (bulleted) {
				paragraph.setNumID(bullets);
			}
			XWPFRun run = paragraph.createRun();
			run.setBold(header);
			run.setText(lines.get(line));
		}
	}

	/** Joins the cell with the cells below it that are merged down too; the first one holds the text. */
	void mergeDown(XWPFTableCell cell, boolean first) {
		CTTcPr properties = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
		properties.addNewVMerge().setVal(first ? STMerge.RESTART : STMerge.CONTINUE);
	}

	/** The logo with its alternative text, at the size the PDF prints it. */
	void picture(Logo logo, String alternativeText) {
		PictureType type = "image/png".equals(logo.mediaType()) ? PictureType.PNG : PictureType.JPEG;
		try {
			document.createParagraph().createRun().addPicture(new ByteArrayInputStream(logo.image()), type,
					alternativeText, Units.toEMU(logo.widthPt()), Units.toEMU(logo.heightPt()));
		}
		catch (InvalidFormatException | IOException ex) {
			throw new IllegalStateException("Cannot add the logo " + alternativeText, ex);
		}
	}

	/** "Stand: …" on the left and the page number, as Word counts it, on the right of every page. */
	void footer(String issued, PageNumber pageNumber) {
		XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		CTTabStop right = footer.getCTP().addNewPPr().addNewTabs().addNewTab();
		right.setVal(STTabJc.RIGHT);
		right.setPos(BigInteger.valueOf(PAGE_WIDTH - 2 * MARGIN));
		XWPFRun issuedOn = footer.createRun();
		issuedOn.setText(issued);
		issuedOn.addTab();
		footer.createRun().setText(pageNumber.before());
		field(footer, "PAGE");
		footer.createRun().setText(pageNumber.between());
		field(footer, "NUMPAGES");
		footer.createRun().setText(pageNumber.after());
	}

	byte[] toBytes() {
		ByteArrayOutputStream docx = new ByteArrayOutputStream();
		try {
			document.write(docx);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return docx.toByteArray();
	}

	@Override
	public void close() {
		try {
			document.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	// a field Word computes when it lays out the page; the 1 shows until it has
	private static void field(XWPFParagraph paragraph, String instruction) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		CTText code = paragraph.createRun().getCTR().addNewInstrText();
		code.setStringValue(instruction);
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		paragraph.createRun().setText("1");
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}
}
