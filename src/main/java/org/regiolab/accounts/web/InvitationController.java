package org.regiolab.accounts.web;

import jakarta.validation.Valid;
import org.regiolab.accounts.AccountAdministration;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** An invited person opens the link from the invitation and chooses a password. */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

	static final String VIEW = "accounts/invitation";

	private final AccountAdministration administration;

	InvitationController(AccountAdministration administration) {
		this.administration = administration;
	}

	@InitBinder("passwordForm")
	void passwordFields(WebDataBinder binder) {
		binder.setAllowedFields("password", "confirmation");
	}

	@ModelAttribute("token")
	String token(@PathVariable String token) {
		return token;
	}

	@GetMapping
	String initPassword(@PathVariable String token, Model model) {
		requireValid(token);
		model.addAttribute("passwordForm", new PasswordForm());
		return VIEW;
	}

	@PostMapping
	String processPassword(@PathVariable String token, @Valid PasswordForm passwordForm, BindingResult result) {
		requireValid(token);
		if (result.hasErrors()) {
			return VIEW;
		}
		administration.acceptInvitation(token, passwordForm.getPassword());
		return "redirect:/login?activated";
	}

	private void requireValid(String token) {
		if (!administration.invitationValid(token)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}
}
