package org.regiolab.portal.web;

import java.time.LocalDate;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.platform.FormSubmission;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The office's page of the most visited portal pages and the searches that found nothing. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class StatisticsController {

	private final StatisticsReport report;

	StatisticsController(StatisticsReport report) {
		this.report = report;
	}

	@GetMapping("/portal/office/statistics")
	String statistics(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model, Locale locale) {
		model.addAttribute("report", FormSubmission.attempt(() -> report.of(from, to, locale), refusal -> {
			model.addAttribute("invalid", true);
			return report.of(null, null, locale);
		}));
		return "portal/statistics";
	}
}
