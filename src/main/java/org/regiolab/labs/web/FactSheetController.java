package org.regiolab.labs.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The fact-sheet downloads linked from the lab and measure pages. */
@Controller
class FactSheetController {

	private final FactSheetDownloads downloads;

	FactSheetController(FactSheetDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/labs/{id}/factsheet.pdf")
	ResponseEntity<byte[]> labPdf(@PathVariable UUID id, Locale locale) {
		return downloads.lab(id, false, locale);
	}

	@GetMapping("/labs/{id}/factsheet.docx")
	ResponseEntity<byte[]> labDocx(@PathVariable UUID id, Locale locale) {
		return downloads.lab(id, true, locale);
	}

	@GetMapping("/labs/measures/{id}/factsheet.pdf")
	ResponseEntity<byte[]> measurePdf(@PathVariable UUID id, Locale locale) {
		return downloads.measure(id, false, locale);
	}

	@GetMapping("/labs/measures/{id}/factsheet.docx")
	ResponseEntity<byte[]> measureDocx(@PathVariable UUID id, Locale locale) {
		return downloads.measure(id, true, locale);
	}
}
