package org.regiolab.labs.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.Certifications;
import org.regiolab.labs.LabRegistry;
import org.regiolab.labs.LabView;
import org.regiolab.platform.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators record a lab's certifications with their criteria; the lab's page shows them. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class CertificationController {

	static final String FORM = "labs/certification-form";

	private final Certifications certifications;
	private final LabRegistry labs;

	CertificationController(Certifications certifications, LabRegistry labs) {
		this.certifications = certifications;
		this.labs = labs;
	}

	@InitBinder("certification")
	void certificationFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "awardedOn", "validityMonths", "criteria*");
	}

	@GetMapping("/labs/{lab}/certifications/new")
	String initCreate(@PathVariable UUID lab, Model model) {
		model.addAttribute("certification", new CertificationForm().withSpareRows(CertificationForm.SPARE_CRITERIA + 1));
		return form(labs.load(lab), null, model);
	}

	@PostMapping("/labs/{lab}/certifications")
	String processCreate(@PathVariable UUID lab, @Valid @ModelAttribute("certification") CertificationForm certification,
			BindingResult result, @RequestParam(required = false) @Nullable String addCriterion, Model model,
			RedirectAttributes redirect) {
		LabView labView = labs.load(lab);
		if (addCriterion == null && FormSubmission.saved(result, () -> certifications.create(lab, certification.toData()))) {
			redirect.addFlashAttribute("certificationSaved", true);
			return "redirect:/labs/" + lab;
		}
		if (addCriterion != null) {
			certification.withSpareRows(1);
		}
		return form(labView, null, model);
	}

	@GetMapping("/labs/certifications/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		Certifications.Certification existing = certifications.load(id);
		model.addAttribute("certification", CertificationForm.of(existing.data()).withSpareRows(CertificationForm.SPARE_CRITERIA));
		return form(labs.load(existing.lab()), id, model);
	}

	@PostMapping("/labs/certifications/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("certification") CertificationForm certification,
			BindingResult result, @RequestParam(required = false) @Nullable String addCriterion, Model model,
			RedirectAttributes redirect) {
		Certifications.Certification existing = certifications.load(id);
		if (addCriterion == null && FormSubmission.saved(result, () -> certifications.update(id, certification.toData()))) {
			redirect.addFlashAttribute("certificationSaved", true);
			return "redirect:/labs/" + existing.lab();
		}
		if (addCriterion != null) {
			certification.withSpareRows(1);
		}
		return form(labs.load(existing.lab()), id, model);
	}

	@PostMapping("/labs/certifications/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		Certifications.Certification existing = certifications.load(id);
		certifications.delete(id);
		redirect.addFlashAttribute("certificationDeleted", true);
		return "redirect:/labs/" + existing.lab();
	}

	private String form(LabView lab, @Nullable UUID id, Model model) {
		model.addAttribute("lab", lab);
		model.addAttribute("id", id);
		return FORM;
	}
}
