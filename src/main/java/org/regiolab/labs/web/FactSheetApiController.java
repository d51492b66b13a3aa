package org.regiolab.labs.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The fact sheets through the API, in the language of {@code Accept-Language}. */
@RestController
class FactSheetApiController {

	private final FactSheetDownloads downloads;

	FactSheetApiController(FactSheetDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping(path = "/api/v1/labs/{id}/factsheet.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> labPdf(@PathVariable UUID id, Locale locale) {
		return downloads.lab(id, false, locale);
	}

	@GetMapping(path = "/api/v1/labs/{id}/factsheet.docx",
			produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
	ResponseEntity<byte[]> labDocx(@PathVariable UUID id, Locale locale) {
		return downloads.lab(id, true, locale);
	}

	@GetMapping(path = "/api/v1/measures/{id}/factsheet.pdf", produces = "application/pdf")
	ResponseEntity<byte[]> measurePdf(@PathVariable UUID id, Locale locale) {
		return downloads.measure(id, false, locale);
	}

	@GetMapping(path = "/api/v1/measures/{id}/factsheet.docx",
			produces = "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
	ResponseEntity<byte[]> measureDocx(@PathVariable UUID id, Locale locale) {
		return downloads.measure(id, true, locale);
	}
}
