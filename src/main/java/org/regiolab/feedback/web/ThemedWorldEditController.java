package org.regiolab.feedback.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.feedback.ThemedWorlds;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.LabRegistry;
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

/** Coordinators and administrators open themed worlds in a lab and change them. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class ThemedWorldEditController {

	static final String FORM = "feedback/themed-world-form";

	private final ThemedWorlds worlds;
	private final LabRegistry labs;
	private final FundingProgrammes funding;

	ThemedWorldEditController(ThemedWorlds worlds, LabRegistry labs, FundingProgrammes funding) {
		this.worlds = worlds;
		this.labs = labs;
		this.funding = funding;
	}

	@InitBinder("world")
	void worldFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "description", "startsOn", "endsOn", "reportNotice", "fundingProgrammeIds");
	}

	@GetMapping("/themed-worlds/new")
	String initCreate(@RequestParam UUID lab, Model model) {
		model.addAttribute("world", new ThemedWorldForm());
		return form(model, lab, null);
	}

	@PostMapping("/themed-worlds")
	String processCreate(@RequestParam UUID lab, @Valid @ModelAttribute("world") ThemedWorldForm world,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.attempt(result, ThemedWorldEditController::field, () -> worlds.create(lab, world.toData()))
			.map(id -> saved(id, redirect))
			.orElseGet(() -> form(model, lab, null));
	}

	@GetMapping("/themed-worlds/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		var current = worlds.load(id);
		model.addAttribute("world", ThemedWorldForm.of(current.data()));
		return form(model, current.lab(), id);
	}

	@PostMapping("/themed-worlds/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("world") ThemedWorldForm world,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UUID lab = worlds.load(id).lab();
		return FormSubmission.attempt(result, ThemedWorldEditController::field, () -> {
			worlds.update(id, world.toData());
			return id;
		}).map(saved -> saved(saved, redirect)).orElseGet(() -> form(model, lab, id));
	}

	private static String saved(UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/themed-worlds/" + id;
	}

	// a refused programme (fundingProgrammeIds[2]) is shown at the list of check boxes
	private static String field(String field) {
		return field.startsWith("fundingProgrammeIds") ? "fundingProgrammeIds" : field;
	}

	private String form(Model model, UUID lab, @Nullable UUID id) {
		model.addAttribute("lab", labs.load(lab));
		model.addAttribute("id", id);
		model.addAttribute("programmes", funding.all());
		return FORM;
	}
}
