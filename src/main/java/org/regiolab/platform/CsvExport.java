package org.regiolab.platform;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A list as a CSV download that German Excel opens as it is: UTF-8 with byte order mark,
 * semicolons, one header row. The rows are read while the download is written, all of them.
 */
public final class CsvExport {

	private static final CSVFormat EXCEL_GERMAN = CSVFormat.EXCEL.builder().setDelimiter(';').get();

	private CsvExport() {
	}

	public static <T> ResponseEntity<StreamingResponseBody> of(String fileName, List<String> headers, Rows<T> rows,
			Function<T, List<?>> cells) {
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write('\uFEFF');
			try (CSVPrinter printer = new CSVPrinter(writer, EXCEL_GERMAN)) {
				printer.printRecord(headers);
				rows.forEach(row -> {
					try {
						printer.printRecord(cells.apply(row));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}
}
