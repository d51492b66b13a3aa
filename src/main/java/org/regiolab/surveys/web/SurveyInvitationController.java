package org.regiolab.surveys.web;

import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.Contacts;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.OrganisationKind;
import org.regiolab.network.ReferenceData;
import org.regiolab.platform.FormSubmission;
import org.regiolab.surveys.Audience;
import org.regiolab.surveys.InvitationRound;
import org.regiolab.surveys.Invitations;
import org.regiolab.surveys.Surveys;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Inviting people to a survey: the office chooses an audience from the registry, sees whom it reaches
 * and whom it leaves out for want of consent, then sends.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class SurveyInvitationController {

	static final String PAGE = "surveys/invitations";

	private final Surveys surveys;
	private final Invitations invitations;
	private final NetworkDirectory network;
	private final Contacts contacts;
	private final ReferenceData reference;
	private final EventChoices events;

	SurveyInvitationController(Surveys surveys, Invitations invitations, NetworkDirectory network, Contacts contacts,
			ReferenceData reference, EventChoices events) {
		this.surveys = surveys;
		this.invitations = invitations;
		this.network = network;
		this.contacts = contacts;
		this.reference = reference;
		this.events = events;
	}

	/** The audience form; with an audience chosen, also whom it would reach. */
	@GetMapping("/surveys/{id}/invitations")
	String show(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID alliance,
			@RequestParam(required = false) @Nullable UUID body, @RequestParam(required = false) @Nullable UUID event,
			@RequestParam(required = false) @Nullable OrganisationKind kind, @RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String region, Locale locale, Model model) {
		Audience audience = new Audience(alliance, body, event, kind, blank(sector), blank(region), null);
		model.addAttribute("survey", surveys.load(id));
		model.addAttribute("audience", audience);
		if (!audience.isEmpty()) {
			model.addAttribute("preview", invitations.preview(id, audience));
		}
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("bodies", contacts.bodies());
		model.addAttribute("events", events.recent());
		model.addAttribute("kinds", OrganisationKind.values());
		model.addAttribute("sectors", reference.sectors("de".equals(locale.getLanguage())));
		model.addAttribute("regions", reference.regions());
		return PAGE;
	}

	@PostMapping("/surveys/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID alliance,
			@RequestParam(required = false) @Nullable UUID body, @RequestParam(required = false) @Nullable UUID event,
			@RequestParam(required = false) @Nullable OrganisationKind kind, @RequestParam(required = false) @Nullable String sector,
			@RequestParam(required = false) @Nullable String region, RedirectAttributes redirect) {
		Audience audience = new Audience(alliance, body, event, kind, blank(sector), blank(region), null);
		return FormSubmission.attempt(() -> {
			InvitationRound round = invitations.invite(id, audience);
			redirect.addFlashAttribute("invited", round.invited().size());
			redirect.addFlashAttribute("excluded", round.excluded().size());
			return "redirect:/surveys/" + id + "/invitations";
		}, refusal -> {
			redirect.addFlashAttribute("refusal", refusal);
			return "redirect:/surveys/" + id + "/invitations";
		});
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}
}
