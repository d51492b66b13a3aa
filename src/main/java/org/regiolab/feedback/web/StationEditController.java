package org.regiolab.feedback.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.feedback.Stations;
import org.regiolab.feedback.ThemedWorlds;
import org.regiolab.network.NetworkLists;
import org.regiolab.network.NetworkLists.OrganisationFilter;
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
	private final NetworkLists lists;

	StationEditController(Stations stations, ThemedWorlds worlds, NetworkLists lists) {
		this.stations = stations;
		this.worlds = worlds;
		this.lists = lists;
	}

	@InitBinder("station")
	void stationFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "prototype", "organisation", "systemUsabilityScale", "questions");
	}

	@GetMapping("/stations/new")
	String initCreate(@RequestParam UUID world, Model model) {
		model.addAttribute("station", new StationForm());
		return form(model, world, null);
	}

	@PostMapping("/stations")
	String processCreate(@RequestParam UUID world, @Valid @ModelAttribute("station") StationForm station,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return FormSubmission.attempt(result, StationEditController::field, () -> stations.create(world, station.toData()))
			.map(id -> saved(id, redirect))
			.orElseGet(() -> form(model, world, null));
	}

	@GetMapping("/stations/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		var current = stations.load(id);
		model.addAttribute("station", StationForm.of(current.data()));
		return form(model, current.themedWorld(), id);
	}

	@PostMapping("/stations/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("station") StationForm station,
			BindingResult result, Model model, RedirectAttributes redirect) {
		UUID world = stations.load(id).themedWorld();
		return FormSubmission.attempt(result, StationEditController::field, () -> {
			stations.update(id, station.toData());
			return id;
		}).map(saved -> saved(saved, redirect)).orElseGet(() -> form(model, world, id));
	}

	// the registry names fields as the API does; a question's error belongs to the lines they were written in
	private static String saved(UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("saved", true);
		return "redirect:/stations/" + id;
	}

	private static String field(String field) {
		return field.equals("organizationId") ? "organisation" : field.startsWith("questions") ? "questions" : field;
	}

	private String form(Model model, UUID world, @Nullable UUID id) {
		model.addAttribute("world", worlds.load(world));
		model.addAttribute("id", id);
		model.addAttribute("organisations",
				lists.organisations(new OrganisationFilter(null, null, null, null, null), 0, 1000).items());
		return FORM;
	}
}
