package org.regiolab.portal.web;

import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The portal's page statistics through the API, for the office. */
@RestController
@PreAuthorize(Roles.MAY_EDIT)
class StatisticsApiController {

	private final StatisticsReport report;

	StatisticsApiController(StatisticsReport report) {
		this.report = report;
	}

	@Operation(summary = "Views per page between two days (both included; default the last 30 days), most viewed first, "
			+ "and the searches that found nothing")
	@GetMapping(path = "/api/v1/portal/statistics/pages", produces = MediaType.APPLICATION_JSON_VALUE)
	StatisticsReport.Report pages(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Locale locale) {
		return report.of(from, to, locale);
	}
}
