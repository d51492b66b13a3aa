package org.regiolab.labs;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.FactSheet.FundingNotice;
import org.regiolab.labs.FactSheet.OverviewRow;
import org.regiolab.platform.PageNumber;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * A fact sheet as a Word document on A4, laid out like the PDF: Word headings for the navigation pane,
 * tables whose header row repeats on every page, title and language in the document properties.
 */
@Component
public class FactSheetDocx {

	private static final List<String> OVERVIEW_COLUMNS = List.of("24%", "42%", "34%");
	private static final List<String> ONE_MEASURE_COLUMNS = List.of("22%", "78%");
	private static final List<String> TWO_MEASURE_COLUMNS = List.of("20%", "40%", "40%");

	private final MessageSource messages;

	FactSheetDocx(MessageSource messages) {
		this.messages = messages;
	}

	public byte[] render(FactSheet sheet, Locale locale) {
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		try (WordDocument word = new WordDocument(sheet.title(), locale)) {
			word.heading(1, sheet.title());
			word.fact(texts.getMessage("factsheet.lab"), sheet.labName());
			word.fact(texts.getMessage("factsheet.kind"), sheet.labKind());
			factIfGiven(word, texts.getMessage("factsheet.alliance"), sheet.allianceName());
			if (sheet.background() != null) {
				word.heading(2, texts.getMessage("factsheet.background"));
				for (String paragraph : sheet.background().split("\n\\s*\n")) {
					word.paragraph(paragraph);
				}
			}
			factIfGiven(word, texts.getMessage("factsheet.phase"), sheet.phase());
			if (!sheet.overview().isEmpty()) {
				word.heading(2, texts.getMessage("factsheet.overview"));
				overview(word, sheet, texts);
			}
			if (!sheet.measures().isEmpty()) {
				word.heading(2, texts.getMessage("factsheet.measures"));
				MeasureTable.of(sheet.measures(), texts).forEach(table -> measures(word, table, texts));
			}
			if (!sheet.notices().isEmpty()) {
				word.heading(2, texts.getMessage("factsheet.funding"));
				sheet.notices().forEach(notice -> funding(word, notice));
			}
			word.footer(texts.getMessage("factsheet.issued", new Object[] { sheet.issuedOn() }), PageNumber.of(texts, "factsheet.page"));
			return word.toBytes();
		}
	}

	private static void factIfGiven(WordDocument word, String label, @Nullable String value) {
		if (value != null) {
			word.fact(label, value);
		}
	}

	// the lab's name spans the rows of its measures, as in the seed
	private static void overview(WordDocument word, FactSheet sheet, MessageSourceAccessor texts) {
		List<OverviewRow> rows = sheet.overview();
		XWPFTable table = word.table(rows.size() + 1, OVERVIEW_COLUMNS);
		header(word, table, List.of(sheet.labKind(), texts.getMessage("factsheet.overview.measures"),
				texts.getMessage("factsheet.overview.tags")));
		for (int line = 0; line < rows.size(); line++) {
			List<XWPFTableCell> cells = table.getRow(line + 1).getTableCells();
			word.mergeDown(cells.get(0), line == 0);
			if (line == 0) {
				word.cell(cells.get(0), List.of(sheet.labName()), false, true);
			}
			word.cell(cells.get(1), List.of(rows.get(line).measure()), false, false);
			word.cell(cells.get(2), rows.get(line).tags(), false, false);
		}
	}

	private static void measures(WordDocument word, MeasureTable measures, MessageSourceAccessor texts) {
		XWPFTable table = word.table(measures.rows().size() + 1,
				measures.titles().size() == 1 ? ONE_MEASURE_COLUMNS : TWO_MEASURE_COLUMNS);
		header(word, table, Stream.concat(Stream.of(texts.getMessage("factsheet.measure")), measures.titles().stream())
			.toList());
		for (int line = 0; line < measures.rows().size(); line++) {
			MeasureTable.Row row = measures.rows().get(line);
			List<XWPFTableCell> cells = table.getRow(line + 1).getTableCells();
			word.cell(cells.get(0), List.of(row.label()), false, true);
			for (int measure = 0; measure < row.cells().size(); measure++) {
				MeasureTable.Cell cell = row.cells().get(measure);
				word.cell(cells.get(measure + 1), cell.lines(), cell.bulleted(), false);
			}
		}
		// Word joins tables that follow each other directly into one
		word.paragraph("");
	}

	private static void header(WordDocument word, XWPFTable table, List<String> titles) {
		for (int column = 0; column < titles.size(); column++) {
			word.cell(table.getRow(0).getCell(column), List.of(titles.get(column)), false, true);
		}
	}

	private static void funding(WordDocument word, FundingNotice notice) {
		word.strong(notice.programme());
		word.paragraph(notice.notice());
		Logo logo = Logo.of(notice);
		if (logo != null) {
			word.picture(logo, notice.programme());
		}
	}
}
