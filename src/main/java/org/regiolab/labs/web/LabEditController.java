package org.regiolab.labs.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabRegistry;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.NetworkLists.OrganisationFilter;
import org.regiolab.network.NetworkLists;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators and administrators create, change and delete labs. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class LabEditController {

	static final String FORM = "labs/lab-form";

	private final LabRegistry registry;
	private final NetworkDirectory network;
	private final NetworkLists lists;

	LabEditController(LabRegistry registry, NetworkDirectory network, NetworkLists lists) {
		this.registry = registry;
		this.network = network;
		this.lists = lists;
	}

	@InitBinder("lab")
	void labFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "kind", "alliance", "coordinator", "members", "place", "phase", "background", "goals");
	}

	@GetMapping("/labs/new")
	String initCreate(Model model) {
		model.addAttribute("lab", new LabForm());
		addChoices(model);
		return FORM;
	}

	@PostMapping("/labs")
	String processCreate(@Valid @ModelAttribute("lab") LabForm lab, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<UUID> id = FormSubmission.attempt(result, LabEditController::field, () -> registry.create(lab.toData()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/labs/" + id.get();
		}
		addChoices(model);
		return FORM;
	}

	@GetMapping("/labs/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("lab", LabForm.of(registry.load(id).data()));
		model.addAttribute("id", id);
		addChoices(model);
		return FORM;
	}

	@PostMapping("/labs/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("lab") LabForm lab, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, LabEditController::field, () -> registry.update(id, lab.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/labs/" + id;
		}
		model.addAttribute("id", id);
		addChoices(model);
		return FORM;
	}

	@PostMapping("/labs/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		registry.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/labs";
	}

	// the registry names fields as the API does
	private static String field(String field) {
		return switch (field) {
			case "allianceId" -> "alliance";
			case "coordinatorId" -> "coordinator";
			case "memberIds" -> "members";
			default -> field;
		};
	}

	private void addChoices(Model model) {
		model.addAttribute("kinds", LabKind.values());
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("organisations",
				lists.organisations(new OrganisationFilter(null, null, null, null, null), 0, 1000).items());
	}
}
