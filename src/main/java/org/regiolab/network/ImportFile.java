package org.regiolab.network;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded list: XLSX (first sheet), or CSV in UTF-8 or Windows-1252 with whatever
 * delimiter the office's spreadsheet wrote (semicolon, comma, tab or bar).
 */
final class ImportFile {

	static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
	private static final char[] DELIMITERS = { ';', ',', '\t', '|' };

	private ImportFile() {
	}

	static boolean looksLikeATable(byte[] content) {
		return isZip(content) || (content.length > 0 && indexOf(content, (byte) 0) < 0);
	}

	static ImportTable read(byte[] content) {
		return isZip(content) ? workbook(content) : csv(text(content));
	}

	private static ImportTable csv(String text) {
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter(text))
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(true)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.get();
		List<ImportTable.Row> rows = new ArrayList<>();
		int row = 1;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			List<String> headers = parser.getHeaderNames();
			for (CSVRecord record : parser) {
				row = (int) record.getRecordNumber() + 1;
				Map<String, String> cells = new LinkedHashMap<>();
				for (int i = 0; i < headers.size() && i < record.size(); i++) {
					cells.putIfAbsent(headers.get(i), record.get(i));
				}
				rows.add(new ImportTable.Row(row, cells));
			}
			return new ImportTable(headers, rows);
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException ex) {
			// Commons CSV reports an unclosed quote while reading the record after the last good one
			throw new ImportFileException(row + 1, "network.import.file.broken", "Cannot read row " + (row + 1), ex);
		}
	}

	private static ImportTable workbook(byte[] content) {
		try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(java.util.Locale.GERMANY);
			List<String> headers = new ArrayList<>();
			Row header = sheet.getRow(sheet.getFirstRowNum());
			if (header == null) {
				return new ImportTable(List.of(), List.of());
			}
			header.forEach(cell -> headers.add(formatter.formatCellValue(cell).strip()));
			List<ImportTable.Row> rows = new ArrayList<>();
			for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				if (row == null) {
					continue;
				}
				Map<String, String> cells = new LinkedHashMap<>();
				for (int c = 0; c < headers.size(); c++) {
					cells.putIfAbsent(headers.get(c), row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
				}
				if (cells.values().stream().anyMatch(value -> !value.isBlank())) {
					rows.add(new ImportTable.Row(r + 1, cells));
				}
			}
			return new ImportTable(headers, rows);
		}
		catch (IOException | RuntimeException ex) {
			throw new ImportFileException(1, "network.import.file.workbook", "Cannot read the workbook", ex);
		}
	}

	/** UTF-8 if the bytes are valid UTF-8 (with or without BOM), else Windows-1252, Excel's German default. */
	static String text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException ex) {
			return new String(content, WINDOWS_1252);
		}
	}

	/** The candidate that occurs most often in the header line outside quotes. */
	private static char delimiter(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		char best = ';';
		int bestCount = 0;
		for (char candidate : DELIMITERS) {
			int count = 0;
			boolean quoted = false;
			for (char c : header.toCharArray()) {
				if (c == '"') {
					quoted = !quoted;
				}
				else if (c == candidate && !quoted) {
					count++;
				}
			}
			if (count > bestCount) {
				best = candidate;
				bestCount = count;
			}
		}
		return best;
	}

	private static boolean isZip(byte[] content) {
		return content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
	}

	private static int indexOf(byte[] content, byte value) {
		for (int i = 0; i < Math.min(content.length, 8192); i++) {
			if (content[i] == value) {
				return i;
			}
		}
		return -1;
	}
}
