package org.regiolab.events.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.EventStatistics;
import org.regiolab.events.RegistrationRefusedException;
import org.regiolab.events.RegistrationStatus;
import org.regiolab.events.Registrations;
import org.regiolab.events.Registrations.WalkIn;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.Texts;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' side of an event: the participant list with its Excel export, cancelling for
 * somebody, and the check-in desk on the day (one tap per person, htmx where it runs, plain forms
 * where it does not), including walk-ins.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class ParticipantsController {

	private final EventRegistry events;
	private final Registrations registrations;
	private final EventStatistics statistics;
	private final NetworkDirectory network;
	private final MessageSource messages;

	ParticipantsController(EventRegistry events, Registrations registrations, EventStatistics statistics,
			NetworkDirectory network, MessageSource messages) {
		this.events = events;
		this.registrations = registrations;
		this.statistics = statistics;
		this.network = network;
		this.messages = messages;
	}

	@GetMapping("/events/{id}/participants")
	String list(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable RegistrationStatus status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("event", events.load(id));
		model.addAttribute("rows", registrations.list(id, q, status, Math.max(page, 0), 50));
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", RegistrationStatus.values());
		return "events/participants";
	}

	@GetMapping("/events/{id}/participants.xlsx")
	ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id, Locale locale) {
		events.load(id);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("teilnehmende.xlsx").build().toString())
			.body(out -> ParticipantWorkbook.write(row -> registrations.forEach(id, null, row), key -> messages.getMessage(key, null, locale), locale, out));
	}

	@PostMapping("/events/{id}/participants/{registration}/cancel")
	String cancel(@PathVariable UUID id, @PathVariable UUID registration, RedirectAttributes redirect) {
		registrations.cancel(id, registration);
		redirect.addFlashAttribute("cancelled", true);
		return "redirect:/events/" + id + "/participants";
	}

	@GetMapping("/events/{id}/check-in")
	String checkIn(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model) {
		model.addAttribute("event", events.load(id));
		model.addAttribute("people", registrations.forCheckIn(id, q));
		model.addAttribute("q", q);
		model.addAttribute("figures", statistics.ofEvent(id));
		if (!model.containsAttribute("walkIn")) {
			model.addAttribute("walkIn", RegistrationForm.empty());
		}
		return htmx != null ? "events/check-in :: people" : "events/check-in";
	}

	@PostMapping("/events/{id}/check-in/{registration}")
	String tap(@PathVariable UUID id, @PathVariable UUID registration, @RequestParam(defaultValue = "false") boolean undo,
			@RequestParam(required = false) @Nullable String q,
			@RequestHeader(name = "HX-Request", required = false) @Nullable String htmx, Model model,
			RedirectAttributes redirect) {
		try {
			var person = undo ? registrations.undoCheckIn(id, registration) : registrations.checkIn(id, registration);
			if (htmx != null) {
				model.addAttribute("event", events.load(id));
				model.addAttribute("person", person);
				model.addAttribute("figures", statistics.ofEvent(id));
				model.addAttribute("countOutOfBand", true);
				return "events/check-in :: tapped";
			}
		}
		catch (RegistrationRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.reason());
		}
		redirect.addAttribute("q", q);
		return "redirect:/events/" + id + "/check-in";
	}

	@PostMapping("/events/{id}/walk-ins")
	String walkIn(@PathVariable UUID id, @Valid @ModelAttribute("walkIn") RegistrationForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		events.load(id);
		if (result.hasFieldErrors("givenName") || result.hasFieldErrors("familyName") || result.hasFieldErrors("email")
				|| result.hasFieldErrors("organisation")) {
			model.addAttribute("event", events.load(id));
			model.addAttribute("people", registrations.forCheckIn(id, null));
			model.addAttribute("figures", statistics.ofEvent(id));
			return "events/check-in";
		}
		String organisation = Texts.blankToNull(form.organisation());
		UUID known = organisation == null ? null : network.organisationNamed(organisation).orElse(null);
		var person = registrations.walkIn(id, new WalkIn(form.givenName(), form.familyName(), form.email(), known,
				known == null ? organisation : null));
		redirect.addFlashAttribute("walkedIn", person.name());
		return "redirect:/events/" + id + "/check-in";
	}
}
