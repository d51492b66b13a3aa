package org.regiolab.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.regiolab.accounts.Roles;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.FormSubmission;
import org.regiolab.portal.PageStatistics;
import org.regiolab.portal.PortalCategories;
import org.regiolab.portal.ProfilePhotos;
import org.regiolab.portal.ProfileRegistry;
import org.regiolab.portal.ProfileView;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The whole profile in one form: the office creates one on a business's behalf; the office and the
 * business change it. A business's change goes to the office for review; the published version
 * stays visible meanwhile.
 */
@Controller
class ProfileEditController {

	static final String FORM = "portal/profile-form";
	static final int ORGANISATION_CHOICES = 2000;

	private final ProfileRegistry registry;
	private final NetworkDirectory network;
	private final PageStatistics statistics;
	private final Clock clock;
	private final ProfilePhotos photos;

	ProfileEditController(ProfileRegistry registry, NetworkDirectory network, PageStatistics statistics, Clock clock,
			ProfilePhotos photos) {
		this.photos = photos;
		this.registry = registry;
		this.network = network;
		this.statistics = statistics;
		this.clock = clock;
	}

	@InitBinder("profile")
	void profileFields(WebDataBinder binder) {
		binder.setAllowedFields("organisation", "name", "shortDescription", "description", "categories", "street",
				"postalCode", "city", "district", "openingHours", "closedOnPublicHolidays", "closures", "phone", "email",
				"website", "socialLinks", "offers", "accessibility", "languages");
	}

	@ModelAttribute("categories")
	java.util.List<String> categories() {
		return PortalCategories.OWN;
	}

	@GetMapping("/portal/my-profiles")
	String mine(Authentication user, Model model) {
		model.addAttribute("profiles", registry.keptBy(user.getName()));
		return "portal/my-profiles";
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/portal/office/profiles/new")
	String initCreate(Model model) {
		ProfileForm form = new ProfileForm();
		form.setCity("Bottrop");
		model.addAttribute("profile", form);
		model.addAttribute("organisations", network.organisationNameList(ORGANISATION_CHOICES));
		return FORM;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/portal/office/profiles")
	String processCreate(@Valid @ModelAttribute("profile") ProfileForm profile, BindingResult result, Model model,
			RedirectAttributes redirect) {
		UUID organisation = network.organisationNamed(profile.getOrganisation().strip()).orElse(null);
		if (organisation == null) {
			result.rejectValue("organisation", "portal.organisation.unknown");
		}
		Optional<UUID> id = FormSubmission.attempt(result, () -> registry.create(organisation, profile.toContent()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/portal/office/profiles/" + id.get();
		}
		model.addAttribute("organisations", network.organisationNameList(ORGANISATION_CHOICES));
		return FORM;
	}

	@GetMapping("/portal/profiles/{id}/edit")
	String initUpdate(@PathVariable UUID id, Authentication user, Model model) {
		ProfileView profile = editable(id, user);
		model.addAttribute("profile", ProfileForm.of(profile.current()));
		model.addAttribute("id", id);
		model.addAttribute("view", profile);
		// each business sees how often its own page was viewed
		LocalDate today = LocalDate.now(clock);
		model.addAttribute("views", statistics.viewsOf("profile:" + id, today.minusDays(29), today));
		model.addAttribute("photoList", photos.all(id));
		return FORM;
	}

	@PostMapping("/portal/profiles/{id}/edit")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("profile") ProfileForm profile,
			BindingResult result, Authentication user, Model model, RedirectAttributes redirect) {
		ProfileView view = editable(id, user);
		if (FormSubmission.saved(result, () -> registry.change(id, profile.toContent(), user))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/portal/profiles/" + id + "/edit";
		}
		model.addAttribute("id", id);
		model.addAttribute("view", view);
		model.addAttribute("photoList", photos.all(id));
		return FORM;
	}

	private ProfileView editable(UUID id, Authentication user) {
		ProfileView profile = registry.load(id);
		if (!registry.mayEdit(id, user)) {
			throw new AccessDeniedException("Not an editor of profile " + id);
		}
		return profile;
	}
}
