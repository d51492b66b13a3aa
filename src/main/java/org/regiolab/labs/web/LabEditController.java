package org.regiolab.labs.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabRegistry;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.OrganisationChoices;
import org.regiolab.network.OrganisationChoices.Search;
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

/** Coordinators and administrators create, change and delete labs. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class LabEditController {

	static final String FORM = "labs/lab-form";

	private final LabRegistry registry;
	private final NetworkDirectory network;
	private final OrganisationChoices organisations;

	LabEditController(LabRegistry registry, NetworkDirectory network, OrganisationChoices organisations) {
		this.registry = registry;
		this.network = network;
		this.organisations = organisations;
	}

	@InitBinder("lab")
	void labFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "kind", "allianceId", "coordinatorId", "memberIds", "place", "phase", "background", "goals");
	}

	@GetMapping("/labs/new")
	String initCreate(Model model) {
		LabForm lab = new LabForm();
		model.addAttribute("lab", lab);
		addChoices(model, lab, Search.NONE);
		return FORM;
	}

	@PostMapping("/labs")
	String processCreate(@Valid @ModelAttribute("lab") LabForm lab, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<UUID> id = FormSubmission.attempt(result, () -> registry.create(lab.toData()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/labs/" + id.get();
		}
		addChoices(model, lab, Search.NONE);
		return FORM;
	}

	@GetMapping("/labs/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		LabForm lab = LabForm.of(registry.load(id).data());
		model.addAttribute("lab", lab);
		model.addAttribute("id", id);
		addChoices(model, lab, Search.NONE);
		return FORM;
	}

	@PostMapping("/labs/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("lab") LabForm lab, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, () -> registry.update(id, lab.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/labs/" + id;
		}
		model.addAttribute("id", id);
		addChoices(model, lab, Search.NONE);
		return FORM;
	}

	@PostMapping(path = "/labs", params = OrganisationChoices.SEARCH)
	String searchCreate(@ModelAttribute("lab") LabForm lab, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model) {
		addChoices(model, lab, Search.of(parameters));
		return FORM;
	}

	@PostMapping(path = "/labs/{id}", params = OrganisationChoices.SEARCH)
	String searchUpdate(@PathVariable UUID id, @ModelAttribute("lab") LabForm lab, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model) {
		registry.load(id);
		model.addAttribute("id", id);
		addChoices(model, lab, Search.of(parameters));
		return FORM;
	}

	@PostMapping("/labs/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		registry.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/labs";
	}

	private void addChoices(Model model, LabForm lab, Search search) {
		model.addAttribute("kinds", LabKind.values());
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("coordinatorPicker", organisations.picker("coordinatorId", lab.getCoordinatorId(), search));
		model.addAttribute("membersPicker", organisations.picker("memberIds", lab.getMemberIds(), search));
	}
}
