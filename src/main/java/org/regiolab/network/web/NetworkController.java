package org.regiolab.network.web;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.AllianceKind;
import org.regiolab.network.NetworkLists;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The network's alliances, for signed-in users. */
@Controller
@RequestMapping("/network")
class NetworkController {

	static final String ALLIANCES = "network/alliances";
	static final int PAGE_SIZE = 25;

	private final NetworkLists lists;

	NetworkController(NetworkLists lists) {
		this.lists = lists;
	}

	@GetMapping("/alliances")
	String alliances(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable AllianceKind kind, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("rows", lists.alliances(q, kind, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("kinds", AllianceKind.values());
		model.addAttribute("q", q);
		model.addAttribute("kind", kind);
		return ALLIANCES;
	}
}
