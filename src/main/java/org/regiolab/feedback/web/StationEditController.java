package org.regiolab.feedback.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.feedback.Stations;
import org.regiolab.feedback.ThemedWorlds;
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

/** Coordinators and administrators set up the stations of a themed world. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class StationEditController {

	static final String FORM = "feedback/station-form";

	private final Stations stations;
	private final ThemedWorlds worlds;
	private final OrganisationChoices organisations;

	StationEditController(Stations stations, ThemedWorlds worlds, OrganisationChoices organisations) {
		this.stations = stations;
		this.worlds = worlds;
		this.organisations = organisations;
	}

	@InitBinder("station")
	void stationFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "prototype", "organizationId", "systemUsabilityScale", "questions");
	}

	@GetMapping("/stations/new")
	String initCreate(@RequestParam UUID world, Model model) {
		StationForm station = new StationForm();
		model.addAttribute("station", station);
		return form(model, world, null, station, Search.NONE);
	}

	@PostMapping("/stations")
	String processCreate(@RequestParam UUID world, @Valid @ModelAttribute("station") StationForm station,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.attempt(result, StationEditController::field, () -> stations.create(world, station.toData()))
			.map(id -> saved(id, redirect))
			.orElseGet(() -> form(model, world, null, station, Search.NONE));
	}

	@PostMapping(path = "/stations", params = OrganisationChoices.SEARCH)
	String searchCreate(@RequestParam UUID world, @ModelAttribute("station") StationForm station, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model) {
		return form(model, world, null, station, Search.of(parameters));
	}

	@GetMapping("/stations/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		var current = stations.load(id);
		StationForm station = StationForm.of(current.data());
		model.addAttribute("station", station);
		return form(model, current.themedWorld(), id, station, Search.NONE);
	}

	@PostMapping("/stations/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("station") StationForm station,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UUID world = stations.load(id).themedWorld();
		return FormSubmission.attempt(result, StationEditController::field, () -> {
			stations.update(id, station.toData());
			return id;
		}).map(saved -> saved(saved, redirect)).orElseGet(() -> form(model, world, id, station, Search.NONE));
	}

	@PostMapping(path = "/stations/{id}", params = OrganisationChoices.SEARCH)
	String searchUpdate(@PathVariable UUID id, @ModelAttribute("station") StationForm station, BindingResult result,
			@RequestParam Map<String, String> parameters, Model model) {
		return form(model, stations.load(id).themedWorld(), id, station, Search.of(parameters));
	}

	// the registry names fields as the API does; a question's error belongs to the lines they were written in
	private static String saved(UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/stations/" + id;
	}

	// the questions are one text area, a line each
	private static String field(String field) {
		return field.startsWith("questions") ? "questions" : field;
	}

	private String form(Model model, UUID world, @Nullable UUID id, StationForm station, Search search) {
		model.addAttribute("world", worlds.load(world));
		model.addAttribute("id", id);
		model.addAttribute("organisationPicker", organisations.picker("organizationId", station.getOrganizationId(), search));
		return FORM;
	}
}
