package org.regiolab.labs.web;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabList;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The labs, for signed-in users. */
@Controller
class LabController {

	static final String LIST = "labs/labs";
	static final int PAGE_SIZE = 25;

	private final LabList labs;

	LabController(LabList labs) {
		this.labs = labs;
	}

	@GetMapping("/labs")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable LabKind kind,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", labs.find(q, kind, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("kinds", LabKind.values());
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		return LIST;
	}
}
