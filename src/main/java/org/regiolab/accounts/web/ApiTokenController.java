package org.regiolab.accounts.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.regiolab.accounts.ApiTokens;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Every signed-in user manages their own personal API tokens. */
@Controller
@RequestMapping("/account/tokens")
class ApiTokenController {

	static final String VIEW = "accounts/tokens";

	private final ApiTokens tokens;

	ApiTokenController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	/** The name a user gives a new token, to recognise it later. */
	record TokenForm(@NotBlank @Size(max = 100) String name) {
	}

	@GetMapping
	String list(Principal principal, Model model) {
		model.addAttribute("tokenForm", new TokenForm(""));
		return show(principal, model);
	}

	@PostMapping
	String create(@Valid TokenForm tokenForm, BindingResult result, Principal principal, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return show(principal, model);
		}
		redirect.addFlashAttribute("newToken", tokens.create(principal.getName(), tokenForm.name()));
		redirect.addFlashAttribute("newTokenName", tokenForm.name());
		return "redirect:/account/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, Principal principal, RedirectAttributes redirect) {
		redirect.addFlashAttribute("revoked", tokens.revoke(principal.getName(), id));
		return "redirect:/account/tokens";
	}

	private String show(Principal principal, Model model) {
		model.addAttribute("tokens", tokens.of(principal.getName()));
		return VIEW;
	}
}
