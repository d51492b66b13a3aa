package org.regiolab.feedback.web;

import java.util.Locale;
import java.util.UUID;

import org.regiolab.accounts.Roles;
import org.regiolab.feedback.CompanyReports;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A company's report from the themed world's page: downloaded, or sent to an address the lab team enters. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class ReportController {

	private final CompanyReports reports;

	ReportController(CompanyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/themed-worlds/{id}/reports/{organisation}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @PathVariable UUID organisation, Locale locale) {
		return ReportDownloads.pdf(reports, id, organisation, locale);
	}

	@PostMapping("/themed-worlds/{id}/reports/{organisation}/mail")
	String mail(@PathVariable UUID id, @PathVariable UUID organisation, @RequestParam String to, Locale locale,
			RedirectAttributes redirect) {
		try {
			reports.send(id, organisation, to.strip(), locale);
			redirect.addFlashAttribute("reportSent", to.strip());
		}
		catch (IllegalArgumentException ex) {
			// no valid address: nothing was queued
			redirect.addFlashAttribute("reportAddressInvalid", organisation);
			redirect.addFlashAttribute("reportAddress", to);
		}
		return "redirect:/themed-worlds/" + id + "#reports";
	}
}
