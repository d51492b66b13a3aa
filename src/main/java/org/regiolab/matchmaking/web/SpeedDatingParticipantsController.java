package org.regiolab.matchmaking.web;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventRegistry;
import org.regiolab.matchmaking.MatchProfiles;
import org.regiolab.matchmaking.SpeedDatingParticipants;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organisers' list of a speed dating's participants: who filled in a profile, the link to
 * each profile (to hand out or to fill in for somebody), and no-shows marked on the day.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class SpeedDatingParticipantsController {

	static final int PAGE_SIZE = 50;

	private final MatchProfiles profiles;
	private final SpeedDatingParticipants participants;
	private final EventRegistry events;

	SpeedDatingParticipantsController(MatchProfiles profiles, SpeedDatingParticipants participants, EventRegistry events) {
		this.profiles = profiles;
		this.participants = participants;
		this.events = events;
	}

	@GetMapping("/events/{id}/matchmaking/participants")
	String list(@PathVariable UUID id, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("event", events.load(id));
		model.addAttribute("rows", participants.rows(id, q, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		return "matchmaking/participants";
	}

	@PostMapping("/events/{id}/matchmaking/participants/{registration}/absent")
	String absent(@PathVariable UUID id, @PathVariable UUID registration, @RequestParam boolean absent,
			@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page,
			RedirectAttributes redirect) {
		profiles.setAbsent(id, registration, absent);
		redirect.addFlashAttribute(absent ? "markedAbsent" : "markedPresent", true);
		redirect.addAttribute("q", q);
		redirect.addAttribute("page", page);
		return "redirect:/events/" + id + "/matchmaking/participants";
	}
}
