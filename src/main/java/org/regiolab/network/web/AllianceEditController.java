package org.regiolab.network.web;

import java.time.LocalDate;
import java.util.NoSuchElementException;
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
import org.regiolab.platform.InvalidInputException;

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
			.orElseThrow(() -> new NoSuchElementException("No alliance " + id))));
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
	String addMember(@PathVariable UUID id, @RequestParam UUID organisation, @RequestParam MembershipRole role,
			@RequestParam(required = false) @Nullable LocalDate since, RedirectAttributes redirect) {
		registry.addMember(id, organisation, role, since);
		redirect.addFlashAttribute("memberAdded", true);
		return "redirect:/network/alliances/" + id;
	}

	// the search of the organisation picker without JavaScript: back to the page, which shows what it found
	@PostMapping(path = "/{id}/members", params = OrganisationChoices.SEARCH)
	String searchMember(@PathVariable UUID id, @RequestParam(OrganisationChoices.SEARCH) String picker,
			@RequestParam(required = false) @Nullable String organisationQuery,
			@RequestParam(required = false) @Nullable MembershipRole role,
			@RequestParam(required = false) @Nullable LocalDate since, RedirectAttributes redirect) {
		redirect.addAttribute(OrganisationChoices.SEARCH, picker);
		redirect.addAttribute("organisationQuery", organisationQuery == null ? "" : organisationQuery);
		redirect.addFlashAttribute("memberRole", role);
		redirect.addFlashAttribute("memberSince", since);
		return "redirect:/network/alliances/" + id + "#add-member-title";
	}

	private String save(@Nullable UUID id, AllianceForm alliance, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				UUID saved = id;
				if (id == null) {
					saved = registry.create(alliance.toData());
				}
				else {
					registry.update(id, alliance.toData());
				}
				redirect.addFlashAttribute("saved", true);
				return "redirect:/network/alliances/" + saved;
			}
			catch (InvalidInputException ex) {
				result.rejectValue(ex.field().equals("regionKey") ? "regionKeys" : ex.field(), ex.messageKey());
			}
		}
		return form(model);
	}

	private String form(Model model) {
		model.addAttribute("kinds", AllianceKind.values());
		model.addAttribute("regions", reference.regions());
		return FORM;
	}
}
