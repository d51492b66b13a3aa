package org.regiolab.network.web;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.AllianceDetails;
import org.regiolab.network.AllianceKind;
import org.regiolab.network.AllianceRegistry;
import org.regiolab.network.MembershipRole;
import org.regiolab.network.OrganisationChoices;
import org.regiolab.network.ReferenceData;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.NotFoundException;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators and administrators create and change alliances and add member organisations. */
@Controller
@RequestMapping("/network/alliances")
@PreAuthorize(Roles.MAY_EDIT)
class AllianceEditController {

	static final String FORM = "network/alliance-form";

	private final AllianceRegistry registry;
	private final AllianceDetails details;
	private final ReferenceData reference;

	AllianceEditController(AllianceRegistry registry, AllianceDetails details, ReferenceData reference) {
		this.registry = registry;
		this.details = details;
		this.reference = reference;
	}

	@InitBinder("alliance")
	void allianceFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "kind", "vision", "description", "goals", "groundRules", "regionKeys");
	}

	@GetMapping("/new")
	String initCreate(Model model) {
		model.addAttribute("alliance", new AllianceForm());
		return form(model);
	}

	@PostMapping
	String processCreate(@Valid @ModelAttribute("alliance") AllianceForm alliance, BindingResult result, Model model,
			RedirectAttributes redirect) {
		return save(null, alliance, result, model, redirect);
	}

	@GetMapping("/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("alliance", AllianceForm.of(details.find(id)
			.orElseThrow(() -> NotFoundException.of("alliance", id))));
		model.addAttribute("id", id);
		return form(model);
	}

	@PostMapping("/{id}/edit")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("alliance") AllianceForm alliance,
			BindingResult result, Model model, RedirectAttributes redirect) {
		model.addAttribute("id", id);
		return save(id, alliance, result, model, redirect);
	}

	@PostMapping("/{id}/members")
	String addMember(@PathVariable UUID id, @RequestParam UUID organizationId, @RequestParam MembershipRole role,
			@RequestParam(required = false) @Nullable LocalDate since, RedirectAttributes redirect) {
		registry.addMember(id, organizationId, role, since);
		redirect.addFlashAttribute("memberAdded", true);
		return "redirect:/network/alliances/" + id;
	}

	// the search of the organisation picker without JavaScript: back to the page, which shows what it found
	@PostMapping(path = "/{id}/members", params = OrganisationChoices.SEARCH)
	String searchMember(@PathVariable UUID id, @RequestParam(OrganisationChoices.SEARCH) String picker,
			@RequestParam(required = false) @Nullable String organizationIdQuery,
			@RequestParam(required = false) @Nullable MembershipRole role,
			@RequestParam(required = false) @Nullable LocalDate since, RedirectAttributes redirect) {
		redirect.addAttribute(OrganisationChoices.SEARCH, picker);
		redirect.addAttribute("organizationIdQuery", organizationIdQuery == null ? "" : organizationIdQuery);
		redirect.addFlashAttribute("memberRole", role);
		redirect.addFlashAttribute("memberSince", since);
		return "redirect:/network/alliances/" + id + "#add-member-title";
	}

	private String save(@Nullable UUID id, AllianceForm alliance, BindingResult result, Model model,
			RedirectAttributes redirect) {
		// the registry names a refused region by the key, the form lists the keys in one field
		Optional<UUID> saved = FormSubmission.attempt(result, field -> field.equals("regionKey") ? "regionKeys" : field,
				() -> store(id, alliance));
		if (saved.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/network/alliances/" + saved.get();
		}
		return form(model);
	}

	private UUID store(@Nullable UUID id, AllianceForm alliance) {
		if (id == null) {
			return registry.create(alliance.toData());
		}
		registry.update(id, alliance.toData());
		return id;
	}

	private String form(Model model) {
		model.addAttribute("kinds", AllianceKind.values());
		model.addAttribute("regions", reference.regions());
		return FORM;
	}
}
