package org.regiolab.events.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.CreativeLab;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.Pitches;
import org.regiolab.events.SessionResults;
import org.regiolab.events.SessionResults.SessionResult;
import org.regiolab.platform.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's creative labs: the pitches of each session, the form to submit one, and the forms of
 * the sessions' ambassadors and of coordinators.
 */
@Controller
class PitchController {

	static final String PAGE = "events/pitches";

	private final EventRegistry events;
	private final Pitches pitches;
	private final SessionResults sessions;

	PitchController(EventRegistry events, Pitches pitches, SessionResults sessions) {
		this.events = events;
		this.pitches = pitches;
		this.sessions = sessions;
	}

	@GetMapping("/events/{id}/pitches")
	String show(@PathVariable UUID id, Authentication user, Model model) {
		model.addAttribute("pitch", PitchInput.empty());
		return page(id, user, model);
	}

	@PostMapping("/events/{id}/pitches")
	String submit(@PathVariable UUID id, @Valid @ModelAttribute("pitch") PitchInput pitch, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, () -> pitches.submit(id, pitch.toData(), user))) {
			redirect.addFlashAttribute("pitchSaved", true);
			return "redirect:/events/" + id + "/pitches";
		}
		return page(id, user, model);
	}

	/** The ambassador's form; {@link SessionResults} refuses everybody else with 403. */
	@PostMapping("/events/{id}/sessions/{sessionId}/results")
	String record(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam(required = false) @Nullable String results,
			@RequestParam(required = false) @Nullable String ahaMoments, Authentication user, RedirectAttributes redirect) {
		FormSubmission.refusal(() -> sessions.record(id, sessionId, results, ahaMoments, user)).ifPresentOrElse(
				error -> redirect.addFlashAttribute("sessionError", error),
				() -> redirect.addFlashAttribute("resultsSaved", true));
		return "redirect:/events/" + id + "/pitches#session-" + sessionId;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/events/{id}/sessions/{sessionId}/ambassador")
	String nameAmbassador(@PathVariable UUID id, @PathVariable UUID sessionId, @RequestParam String email,
			RedirectAttributes redirect) {
		FormSubmission.refusal(() -> sessions.nameAmbassador(id, sessionId, email)).ifPresentOrElse(
				error -> redirect.addFlashAttribute("sessionError", error),
				() -> redirect.addFlashAttribute("ambassadorSaved", true));
		return "redirect:/events/" + id + "/pitches#session-" + sessionId;
	}

	private String page(UUID id, Authentication user, Model model) {
		model.addAttribute("event", events.load(id));
		List<CreativeLab> labs = CreativeLab.group(sessions.ofEvent(id), pitches.ofEvent(id));
		model.addAttribute("labs", labs);
		Set<UUID> recordable = labs.stream().map(CreativeLab::session).filter(s -> sessions.mayRecord(s, user))
			.map(SessionResult::session).collect(Collectors.toSet());
		model.addAttribute("mayRecord", recordable);
		return PAGE;
	}
}
