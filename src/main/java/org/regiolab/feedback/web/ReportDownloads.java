package org.regiolab.feedback.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import org.regiolab.feedback.CompanyReport;
import org.regiolab.feedback.CompanyReports;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A company report as a download, the same from the pages and the API. */
final class ReportDownloads {

	private ReportDownloads() {
	}

	static ResponseEntity<byte[]> pdf(CompanyReports reports, UUID world, UUID organisation, Locale locale) {
		CompanyReport report = reports.report(world, organisation);
		String name = reports.fileName(report);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
			.body(reports.pdf(report, locale));
	}
}
