package org.regiolab.events.web;

import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.DocumentationVisibility;
import org.regiolab.events.EventDocumentation;
import org.regiolab.events.EventRegistry;
import org.regiolab.platform.FormSubmission;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's documentation: texts, files and photos. Anonymous visitors may come (the page and the
 * files are public paths) and see a public event's public entries; {@link EventDocumentation}
 * keeps the members-only ones from everybody who may not enter the organising alliance's area.
 */
@Controller
class DocumentationController {

	static final String PAGE = "events/documentation";

	private final EventRegistry events;
	private final EventDocumentation documentation;

	DocumentationController(EventRegistry events, EventDocumentation documentation) {
		this.events = events;
		this.documentation = documentation;
	}

	@GetMapping("/events/{id}/documentation")
	String show(@PathVariable UUID id, @Nullable Authentication user, Model model) {
		model.addAttribute("entry", DocumentationInput.empty());
		return page(id, user, model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/events/{id}/documentation")
	String add(@PathVariable UUID id, @Valid @ModelAttribute("entry") DocumentationInput entry, BindingResult result,
			Authentication user, Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, () -> documentation.add(id, entry.toEntry(), user))) {
			redirect.addFlashAttribute("entryAdded", true);
			return "redirect:/events/" + id + "/documentation";
		}
		return page(id, user, model);
	}

	@GetMapping("/events/{id}/documentation/{entry}/file")
	ResponseEntity<byte[]> file(@PathVariable UUID id, @PathVariable UUID entry, @Nullable Authentication user) {
		return DocumentationDownloads.response(documentation.download(id, entry, user));
	}

	private String page(UUID id, @Nullable Authentication user, Model model) {
		model.addAttribute("entries", documentation.visibleTo(id, user));
		model.addAttribute("event", events.load(id));
		model.addAttribute("visibilities", DocumentationVisibility.values());
		return PAGE;
	}
}
