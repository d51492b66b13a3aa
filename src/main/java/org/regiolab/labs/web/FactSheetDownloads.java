package org.regiolab.labs.web;

import java.util.Locale;
import java.util.UUID;

import org.regiolab.labs.FactSheet;
import org.regiolab.labs.FactSheetDocx;
import org.regiolab.labs.FactSheetPdf;
import org.regiolab.labs.LabFactSheets;
import org.regiolab.platform.Slug;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A lab's or a measure's fact sheet as a PDF or Word download, for the pages and the API alike. */
@Component
class FactSheetDownloads {

	static final MediaType DOCX = MediaType.parseMediaType(
			"application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final LabFactSheets sheets;
	private final FactSheetPdf pdf;
	private final FactSheetDocx docx;

	FactSheetDownloads(LabFactSheets sheets, FactSheetPdf pdf, FactSheetDocx docx) {
		this.sheets = sheets;
		this.pdf = pdf;
		this.docx = docx;
	}

	ResponseEntity<byte[]> lab(UUID id, boolean word, Locale locale) {
		return download(sheets.ofLab(id, locale), word, locale);
	}

	ResponseEntity<byte[]> measure(UUID id, boolean word, Locale locale) {
		return download(sheets.ofMeasure(id, locale), word, locale);
	}

	private ResponseEntity<byte[]> download(FactSheet sheet, boolean word, Locale locale) {
		String subject = sheet.overview().size() == 1 && sheet.background() == null ? sheet.overview().get(0).measure()
				: sheet.labName();
		String name = "steckbrief-" + Slug.of(subject, 80) + (word ? ".docx" : ".pdf");
		return ResponseEntity.ok()
			.contentType(word ? DOCX : MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(word ? docx.render(sheet, locale) : pdf.render(sheet, locale));
	}
}
