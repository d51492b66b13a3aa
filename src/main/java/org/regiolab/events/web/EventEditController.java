package org.regiolab.events.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventKind;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.Recurrence;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.LabList;
import org.regiolab.labs.LabList.LabFilter;
import org.regiolab.network.NetworkDirectory;
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

/** Coordinators and administrators create events and series, change and cancel them. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class EventEditController {

	static final String FORM = "events/event-form";

	private final EventRegistry events;
	private final NetworkDirectory network;
	private final LabList labs;
	private final FundingProgrammes funding;

	EventEditController(EventRegistry events, NetworkDirectory network, LabList labs, FundingProgrammes funding) {
		this.events = events;
		this.network = network;
		this.labs = labs;
		this.funding = funding;
	}

	@InitBinder("event")
	void eventFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "kind", "description", "startsAt", "endsAt", "location", "onlineUrl", "allianceId",
				"labId", "openToPublic", "capacity", "registrationOpensAt", "registrationClosesAt", "fundingProgrammeId",
				"programme", "recurrence", "occurrences");
	}

	@GetMapping("/events/new")
	String initCreate(Model model) {
		model.addAttribute("event", new EventForm());
		addChoices(model);
		return FORM;
	}

	@PostMapping("/events")
	String processCreate(@Valid @ModelAttribute("event") EventForm event, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<List<UUID>> ids = FormSubmission.attempt(result, EventEditController::field,
				() -> event.getRecurrence() == null || event.getOccurrences() == null
						? List.of(events.create(event.toData()))
						: events.createSeries(event.toData(), event.getRecurrence(), event.getOccurrences()));
		if (ids.isPresent()) {
			redirect.addFlashAttribute("saved", ids.get().size());
			return "redirect:/events/" + ids.get().get(0);
		}
		addChoices(model);
		return FORM;
	}

	@GetMapping("/events/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("event", EventForm.of(events.load(id)));
		model.addAttribute("id", id);
		addChoices(model);
		return FORM;
	}

	@PostMapping("/events/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("event") EventForm event, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, EventEditController::field, () -> events.update(id, event.toData()))) {
			redirect.addFlashAttribute("saved", 1);
			return "redirect:/events/" + id;
		}
		model.addAttribute("id", id);
		addChoices(model);
		return FORM;
	}

	@PostMapping("/events/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		events.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/events";
	}

	// the registry names fields as the API does
	// the API's sessions are the page's programme, one line each
	private static String field(String field) {
		return field.startsWith("sessions") ? "programme" : field;
	}

	private void addChoices(Model model) {
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("recurrences", Recurrence.values());
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("labs", labs.find(new LabFilter(null, null, null), 0, 1000).items());
		model.addAttribute("programmes", funding.all());
	}
}
