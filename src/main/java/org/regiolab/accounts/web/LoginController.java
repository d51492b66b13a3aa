package org.regiolab.accounts.web;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.DemoLogins;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login form; Spring Security processes what it posts. */
@Controller
class LoginController {

	static final String VIEW = "accounts/login";

	private final DemoLogins demoLogins;

	LoginController(DemoLogins demoLogins) {
		this.demoLogins = demoLogins;
	}

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String error, Model model) {
		model.addAttribute("failed", error != null);
		model.addAttribute("demoLogins", demoLogins.shown());
		return VIEW;
	}
}
