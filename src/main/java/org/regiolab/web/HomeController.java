package org.regiolab.web;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.platform.StartPageSection;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what RegioLab is, the way into its modules, and what the modules have for the signed-in user. */
@Controller
class HomeController {

	static final String VIEW = "web/home";

	private final List<StartPageSection> sections;

	HomeController(List<StartPageSection> sections) {
		this.sections = sections;
	}

	@GetMapping("/")
	String home(@Nullable Authentication user, Model model) {
		model.addAttribute("sections", !Roles.signedIn(user) ? List.of()
				: sections.stream().map(section -> section.contentFor(user)).flatMap(Optional::stream).toList());
		return VIEW;
	}
}
