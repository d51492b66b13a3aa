package org.regiolab.matchmaking.web;

import java.time.Clock;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventList;
import org.regiolab.events.EventRegistry;
import org.regiolab.matchmaking.MatchProfiles;
import org.regiolab.matchmaking.SchedulePlan;
import org.regiolab.matchmaking.SchedulePlans;
import org.regiolab.matchmaking.SpeedDatingParticipants;
import org.regiolab.matchmaking.SpeedDatingSettings;
import org.regiolab.matchmaking.SpeedDatings;
import org.regiolab.matchmaking.Topics;
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

/**
 * The organisers' speed-dating page of an event: settings, profiles, the draft with its quality
 * figures, hand changes, re-planning and publication; and the list of all speed datings.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class SpeedDatingController {

	static final String PAGE = "matchmaking/organiser";
	static final int PAGE_SIZE = 20;

	private final SpeedDatings speedDatings;
	private final SchedulePlans plans;
	private final MatchProfiles profiles;
	private final SpeedDatingParticipants participants;
	private final EventRegistry events;
	private final EventList eventList;
	private final Topics topics;
	private final Clock clock;

	SpeedDatingController(SpeedDatings speedDatings, SchedulePlans plans, MatchProfiles profiles,
			SpeedDatingParticipants participants, EventRegistry events, EventList eventList, Topics topics, Clock clock) {
		this.speedDatings = speedDatings;
		this.plans = plans;
		this.profiles = profiles;
		this.participants = participants;
		this.events = events;
		this.eventList = eventList;
		this.topics = topics;
		this.clock = clock;
	}

	@InitBinder("settings")
	void settingsFields(WebDataBinder binder) {
		binder.setAllowedFields("rounds", "tables", "roundMinutes", "startsAt", "changeoverMinutes", "breakAfter",
				"breakMinutes", "allowTriples");
	}

	@GetMapping("/matchmaking")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", speedDatings.list(q, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		// events to set one up for: the search narrows them, else those still to come
		model.addAttribute("events", eventList.find(new EventList.EventFilter(q, null, null,
				q == null || q.isBlank() ? java.time.OffsetDateTime.now(clock) : null, null, false),
				EventList.Sort.STARTS_AT, 0, 10).items());
		return "matchmaking/speed-datings";
	}

	@GetMapping("/events/{id}/matchmaking")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		if (!model.containsAttribute("settings")) {
			model.addAttribute("settings", SettingsForm.of(speedDatings.settingsOrProposal(id)));
		}
		addPage(id, model, locale);
		return PAGE;
	}

	@PostMapping("/events/{id}/matchmaking")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("settings") SettingsForm form, BindingResult result, Model model,
			Locale locale, RedirectAttributes redirect) {
		events.load(id);
		if (FormSubmission.attempt(result, field -> field, () -> {
			speedDatings.save(id, form.toSettings());
			return true;
		}).isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/events/" + id + "/matchmaking";
		}
		addPage(id, model, locale);
		return PAGE;
	}

	@PostMapping("/events/{id}/matchmaking/links")
	String sendLinks(@PathVariable UUID id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("linksSent", profiles.sendLinks(id));
		return "redirect:/events/" + id + "/matchmaking#profiles";
	}

	private void addPage(UUID id, Model model, Locale locale) {
		model.addAttribute("event", events.load(id));
		var speedDating = speedDatings.find(id);
		model.addAttribute("speedDating", speedDating.orElse(null));
		if (speedDating.isPresent()) {
			SchedulePlan plan = plans.draft(id);
			SpeedDatingSettings settings = speedDating.get().settings();
			var people = participants.all(id);
			model.addAttribute("plan", plan);
			model.addAttribute("drafted", plan.rounds().stream().anyMatch(r -> !r.meetings().isEmpty()));
			model.addAttribute("participants", people.size());
			model.addAttribute("absent", people.stream().filter(SpeedDatingParticipants.Participant::absent).count());
			model.addAttribute("filled", people.stream().filter(p -> !p.profile().offers().isEmpty()
					|| !p.profile().needs().isEmpty() || !p.profile().topics().isEmpty() || !p.profile().meet().isEmpty()).count());
			model.addAttribute("replanFrom", settings.firstRoundNotStarted(clock.instant()));
		}
		model.addAttribute("names", topics.names(locale));
	}
}
