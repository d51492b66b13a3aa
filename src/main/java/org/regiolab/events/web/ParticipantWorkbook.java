package org.regiolab.events.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.regiolab.events.RegistrationView;
import org.regiolab.platform.Rows;
import org.regiolab.platform.TimeConfiguration;

/** The participant list as an Excel workbook: one row per registration, dates as real dates. */
final class ParticipantWorkbook {

	private ParticipantWorkbook() {
	}

	static void write(Rows<RegistrationView> registrations, Function<String, String> text, Locale locale,
			OutputStream out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
			Sheet sheet = workbook.createSheet(text.apply("participants.title"));
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat(locale.getLanguage().equals("de")
					? "dd.mm.yyyy hh:mm" : "yyyy-mm-dd hh:mm"));
			List<String> headers = List.of("participants.familyName", "participants.givenName", "participants.email",
					"participants.organisation", "participants.status", "participants.position", "participants.registeredAt",
					"participants.checkedInAt", "participants.walkIn", "participants.consent");
			Row head = sheet.createRow(0);
			for (int i = 0; i < headers.size(); i++) {
				head.createCell(i).setCellValue(text.apply(headers.get(i)));
			}
			int[] index = { 1 };
			registrations.forEach(r -> {
				Row row = sheet.createRow(index[0]++);
				row.createCell(0).setCellValue(r.familyName());
				row.createCell(1).setCellValue(r.givenName());
				row.createCell(2).setCellValue(r.email());
				row.createCell(3).setCellValue(r.organisationName() == null ? "" : r.organisationName());
				row.createCell(4).setCellValue(text.apply("registration.status." + r.status()));
				if (r.waitlistPosition() != null) {
					row.createCell(5).setCellValue(r.waitlistPosition());
				}
				row.createCell(6).setCellValue(r.registeredAt().atZone(TimeConfiguration.ZONE).toLocalDateTime());
				row.getCell(6).setCellStyle(date);
				if (r.checkedInAt() != null) {
					row.createCell(7).setCellValue(r.checkedInAt().atZone(TimeConfiguration.ZONE).toLocalDateTime());
					row.getCell(7).setCellStyle(date);
				}
				row.createCell(8).setCellValue(text.apply(r.walkIn() ? "participants.yes" : "participants.no"));
				row.createCell(9).setCellValue(text.apply(r.consentToContact() ? "participants.yes" : "participants.no"));
			});
			workbook.write(out);
		}
	}
}
