package org.regiolab.matchmaking.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.matchmaking.MatchProfiles;
import org.regiolab.matchmaking.MatchProfiles.ParticipantProfile;
import org.regiolab.matchmaking.SchedulePlans;
import org.regiolab.matchmaking.SchedulePrints;
import org.regiolab.matchmaking.SpeedDatingParticipants;
import org.regiolab.matchmaking.SpeedDatings;
import org.regiolab.matchmaking.Topics;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A participant's own pages, behind the secret link of their profile (no account needed) or
 * reached signed in through the account with the registration's email: offers, needs and topics,
 * whom to meet or not (found by searching the participant list), and the published schedule.
 */
@Controller
class ProfileController {

	static final String PAGE = "matchmaking/profile";
	static final int CANDIDATES = 10;

	private final MatchProfiles profiles;
	private final SpeedDatingParticipants participants;
	private final SpeedDatings speedDatings;
	private final SchedulePlans plans;
	private final SchedulePrints prints;
	private final Topics topics;

	ProfileController(MatchProfiles profiles, SpeedDatingParticipants participants, SpeedDatings speedDatings,
			SchedulePlans plans, SchedulePrints prints, Topics topics) {
		this.profiles = profiles;
		this.participants = participants;
		this.speedDatings = speedDatings;
		this.plans = plans;
		this.prints = prints;
		this.topics = topics;
	}

	@InitBinder("profile")
	void profileFields(WebDataBinder binder) {
		binder.setAllowedFields("offers", "needs", "sectors", "sdgs");
	}

	/** The signed-in way in: the account's registration at the event, by its email. */
	@GetMapping("/events/{id}/matchmaking/me")
	String mine(@PathVariable UUID id, Authentication user) {
		return "redirect:/matchmaking/p/" + profiles.ofAccount(id, user.getName()).token();
	}

	@GetMapping("/matchmaking/p/{token}")
	String show(@PathVariable String token, @RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "0") int page, @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
			Model model, Locale locale) {
		ParticipantProfile profile = profile(token);
		if (!model.containsAttribute("profile")) {
			model.addAttribute("profile", ProfileForm.of(profile.data()));
		}
		addPage(profile, q, page, model, locale);
		return htmx != null ? PAGE + " :: candidates" : PAGE;
	}

	@PostMapping("/matchmaking/p/{token}")
	String save(@PathVariable String token, @Valid @ModelAttribute("profile") ProfileForm form, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		ParticipantProfile profile = profile(token);
		if (FormSubmission.attempt(result, field -> field.equals("topics") ? "sectors" : field,
				() -> profiles.update(profile.event(), profile.registration().id(), form.toData())).isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/matchmaking/p/" + token;
		}
		addPage(profile, null, 0, model, locale);
		return PAGE;
	}

	@PostMapping("/matchmaking/p/{token}/wishes")
	String wish(@PathVariable String token, @RequestParam UUID other, @RequestParam boolean meet,
			@RequestParam(required = false) @Nullable String q, RedirectAttributes redirect) {
		ParticipantProfile profile = profile(token);
		FormSubmission.refusal(() -> profiles.wish(profile.event(), profile.registration().id(), other, meet)).ifPresentOrElse(
				error -> redirect.addFlashAttribute("wishError", error),
				() -> redirect.addFlashAttribute("wished", true));
		redirect.addAttribute("q", q);
		return "redirect:/matchmaking/p/" + token + "#wishes";
	}

	@PostMapping("/matchmaking/p/{token}/wishes/{other}/delete")
	String forget(@PathVariable String token, @PathVariable UUID other, RedirectAttributes redirect) {
		ParticipantProfile profile = profile(token);
		profiles.forget(profile.event(), profile.registration().id(), other);
		redirect.addFlashAttribute("forgotten", true);
		return "redirect:/matchmaking/p/" + token + "#wishes";
	}

	@GetMapping("/matchmaking/p/{token}/schedule")
	String schedule(@PathVariable String token, Model model, Locale locale) {
		ParticipantProfile profile = profile(token);
		model.addAttribute("token", token);
		model.addAttribute("speedDating", speedDatings.load(profile.event()));
		model.addAttribute("schedule", plans.personal(profile.event(), profile.registration().id()).orElse(null));
		model.addAttribute("names", topics.names(locale));
		return "matchmaking/schedule";
	}

	@GetMapping("/matchmaking/p/{token}/schedule.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String token, Locale locale) {
		ParticipantProfile profile = profile(token);
		var schedule = plans.personal(profile.event(), profile.registration().id())
			.orElseThrow(() -> new NotFoundException("Not published yet"));
		return DraftController.pdf(prints.schedules(schedule.speedDating(), java.util.List.of(schedule), locale),
				SchedulePrints.fileName(schedule.speedDating(), profile.registration().name()));
	}

	private ParticipantProfile profile(String token) {
		return profiles.byToken(token).orElseThrow(() -> new NotFoundException("No profile"));
	}

	private void addPage(ParticipantProfile profile, @Nullable String q, int page, Model model, Locale locale) {
		model.addAttribute("person", profile);
		model.addAttribute("token", profile.token());
		var speedDating = speedDatings.load(profile.event());
		model.addAttribute("speedDating", speedDating);
		model.addAttribute("published", speedDating.publishedAt() != null);
		model.addAttribute("sectors", topics.sectors(locale));
		model.addAttribute("sdgs", topics.sdgs(locale));
		model.addAttribute("q", q);
		model.addAttribute("candidates", participants.candidates(profile.event(), q, Math.max(page, 0), CANDIDATES));
	}
}
