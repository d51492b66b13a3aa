package org.regiolab.feedback.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.regiolab.accounts.Roles;
import org.regiolab.feedback.CompanyReports;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The companies' reports of a themed world: downloaded as PDF or sent by mail. */
@RestController
@PreAuthorize(Roles.MAY_EDIT)
class ReportApiController {

	private final CompanyReports reports;

	ReportApiController(CompanyReports reports) {
		this.reports = reports;
	}

	record MailInput(@NotBlank @Email @Size(max = 320) String to) {
	}

	@GetMapping(path = "/api/v1/themed-worlds/{id}/reports/{organizationId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID organizationId, Locale locale) {
		return ReportDownloads.pdf(reports, id, organizationId, locale);
	}

	@PostMapping(path = "/api/v1/themed-worlds/{id}/reports/{organizationId}/mail",
			consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Void> mail(@PathVariable UUID id, @PathVariable UUID organizationId, @Valid @RequestBody MailInput input,
			Locale locale) {
		reports.send(id, organizationId, input.to(), locale);
		return ResponseEntity.accepted().build();
	}
}
