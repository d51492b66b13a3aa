package org.regiolab.portal.web;

import java.util.UUID;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.Texts;
import org.regiolab.portal.PortalSearch;
import org.regiolab.portal.ProfileHandover;
import org.regiolab.portal.ProfileList;
import org.regiolab.portal.ProfileList.ProfileFilter;
import org.regiolab.portal.ProfileRegistry;
import org.regiolab.portal.ProfileStatus;
import org.regiolab.portal.ProfileView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The office's side of the portal: what waits for review, a submission beside the published
 * version it would replace, publishing it or sending it back with a reason, and handing a profile
 * over to the business by its email address.
 */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class ModerationController {

	static final int LIST_SIZE = 50;

	private final ProfileRegistry registry;
	private final ProfileList list;
	private final PortalSearch search;
	private final ProfileDifferences differences;
	private final ProfileHandover handover;

	ModerationController(ProfileRegistry registry, ProfileList list, PortalSearch search, ProfileDifferences differences,
			ProfileHandover handover) {
		this.registry = registry;
		this.list = list;
		this.search = search;
		this.differences = differences;
		this.handover = handover;
	}

	@GetMapping("/portal/office")
	String office(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("waiting", list.find(new ProfileFilter(null, ProfileStatus.SUBMITTED, false), 0, LIST_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("profiles", list.find(new ProfileFilter(Texts.blankToNull(q), null, false), Math.max(page, 0), LIST_SIZE));
		model.addAttribute("index", search.status());
		return "portal/office";
	}

	@GetMapping("/portal/office/profiles/{id}")
	String review(@PathVariable UUID id, Model model) {
		ProfileView profile = registry.load(id);
		model.addAttribute("profile", profile);
		model.addAttribute("fields", differences.between(profile.published(), profile.draft()));
		return "portal/review";
	}

	@PostMapping("/portal/office/profiles/{id}/publish")
	String publish(@PathVariable UUID id, RedirectAttributes redirect) {
		registry.publish(id);
		redirect.addFlashAttribute("published", true);
		return "redirect:/portal/office/profiles/" + id;
	}

	@PostMapping("/portal/office/profiles/{id}/send-back")
	String sendBack(@PathVariable UUID id, @RequestParam String note, RedirectAttributes redirect) {
		String reason = Texts.blankToNull(note);
		if (reason == null || reason.length() > 2000) {
			redirect.addFlashAttribute("noteMissing", true);
		}
		else {
			registry.sendBack(id, reason);
			redirect.addFlashAttribute("sentBack", true);
		}
		return "redirect:/portal/office/profiles/" + id;
	}

	@PostMapping("/portal/office/profiles/{id}/editors")
	String handOver(@PathVariable UUID id, @RequestParam String email, RedirectAttributes redirect) {
		String address = Texts.blankToNull(email);
		if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			redirect.addFlashAttribute("emailInvalid", true);
		}
		else {
			redirect.addFlashAttribute("handedOver", handover.handOver(id, address) != null ? "invited" : "notified");
		}
		return "redirect:/portal/office/profiles/" + id;
	}

	@PostMapping("/portal/office/search-index")
	@PreAuthorize(Roles.ADMIN_ONLY)
	String rebuild(RedirectAttributes redirect) {
		search.rebuild();
		redirect.addFlashAttribute("rebuilding", true);
		return "redirect:/portal/office";
	}

}
