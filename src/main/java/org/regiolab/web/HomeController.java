package org.regiolab.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what RegioLab is, and the way into its modules. */
@Controller
class HomeController {

	static final String VIEW = "web/home";

	@GetMapping("/")
	String home() {
		return VIEW;
	}
}
