package org.regiolab.surveys;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.regiolab.platform.Rows;
import org.regiolab.platform.Slug;
import org.regiolab.surveys.ResponseColumns.Column;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * A survey's responses as downloads, all of them, in the columns of {@link ResponseColumns}: an
 * Excel workbook with the responses and a code book, or the rows for a CSV.
 */
@Service
public class ResponseExports {

	/** The rows of a CSV download: a header of column keys and one row of cells per response. */
	public record Table(String fileName, List<String> headers, Rows<List<@Nullable Object>> rows) {
	}

	private static final int ROWS_IN_MEMORY = 100;

	private final Surveys surveys;
	private final Responses responses;
	private final MessageSource messages;

	ResponseExports(Surveys surveys, Responses responses, MessageSource messages) {
		this.surveys = surveys;
		this.responses = responses;
		this.messages = messages;
	}

	/** @throws org.regiolab.platform.NotFoundException for an unknown survey, before anything is written */
	public Table csv(UUID id, Locale locale) {
		Survey survey = surveys.load(id);
		ResponseColumns columns = ResponseColumns.of(survey, messages, locale);
		return new Table(fileName(survey, "csv"), columns.headers(), row -> responses.forEach(id,
				response -> row.accept(columns.cells(response).stream().map(cell -> ResponseColumns.forCsv(cell, locale)).toList())));
	}

	/** The file name of the survey's workbook, which {@link #writeWorkbook} writes. */
	public String workbookName(UUID id) {
		return fileName(surveys.load(id), "xlsx");
	}

	/** Writes the workbook: the sheet of responses, one row each, and the code book of its columns. */
	public void writeWorkbook(UUID id, Locale locale, OutputStream out) throws IOException {
		Survey survey = surveys.load(id);
		ResponseColumns columns = ResponseColumns.of(survey, messages, locale);
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("de".equals(locale.getLanguage()) ? "dd.mm.yyyy" : "yyyy-mm-dd"));
			Sheet sheet = workbook.createSheet(messages.getMessage("results.export.sheet.responses", null, locale));
			writeRow(sheet.createRow(0), List.copyOf(columns.headers()), date);
			int[] next = { 1 };
			responses.forEach(id, response -> writeRow(sheet.createRow(next[0]++), columns.cells(response), date));

			Sheet codebook = workbook.createSheet(messages.getMessage("results.export.sheet.codebook", null, locale));
			writeRow(codebook.createRow(0), List.of(messages.getMessage("results.export.codebook.key", null, locale),
					messages.getMessage("results.export.codebook.question", null, locale), messages.getMessage("results.export.codebook.type", null, locale),
					messages.getMessage("results.export.codebook.values", null, locale)), date);
			List<Column> all = columns.columns();
			for (int i = 0; i < all.size(); i++) {
				Column column = all.get(i);
				writeRow(codebook.createRow(i + 1), List.of(column.key(), column.question(), column.type(), column.values()), date);
			}
			workbook.write(out);
		}
	}

	private static void writeRow(Row row, List<? extends @Nullable Object> cells, CellStyle date) {
		for (int i = 0; i < cells.size(); i++) {
			Object value = cells.get(i);
			if (value == null) {
				continue;
			}
			Cell cell = row.createCell(i);
			if (value instanceof Number number) {
				cell.setCellValue(number.doubleValue());
			}
			else if (value instanceof LocalDate day) {
				cell.setCellValue(day);
				cell.setCellStyle(date);
			}
			else {
				cell.setCellValue(value.toString());
			}
		}
	}

	private static String fileName(Survey survey, String extension) {
		return Slug.of(survey.data().title().de(), 80) + "-antworten." + extension;
	}
}
