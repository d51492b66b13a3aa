package org.regiolab.accounts.web;

import java.security.Principal;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AccountAdministration;
import org.regiolab.accounts.AccountDirectory;
import org.regiolab.accounts.EmailAlreadyUsedException;
import org.regiolab.accounts.LastAdministratorException;
import org.regiolab.accounts.Role;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Administrators invite people and manage their roles. */
@Controller
@RequestMapping("/admin/users")
class AccountAdminController {

	static final String LIST = "accounts/users";
	static final String INVITE = "accounts/invite";
	static final String EDIT = "accounts/edit";
	static final int PAGE_SIZE = 25;

	private final AccountDirectory directory;
	private final AccountAdministration administration;

	AccountAdminController(AccountDirectory directory, AccountAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@InitBinder("invitationForm")
	void invitationFields(WebDataBinder binder) {
		binder.setAllowedFields("email", "displayName", "roles");
	}

	@InitBinder("accountForm")
	void accountFields(WebDataBinder binder) {
		binder.setAllowedFields("displayName", "roles", "enabled");
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Role role,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("accounts", directory.find(q, role, Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		return LIST;
	}

	@GetMapping("/new")
	String initInvitation(Model model) {
		model.addAttribute("invitationForm", new InvitationForm());
		return INVITE;
	}

	@PostMapping
	String processInvitation(@Valid InvitationForm invitationForm, BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return INVITE;
		}
		try {
			String token = administration.invite(invitationForm.getEmail(), invitationForm.getDisplayName(),
					invitationForm.getRoles());
			redirect.addFlashAttribute("invitedEmail", invitationForm.getEmail());
			redirect.addFlashAttribute("invitationLink",
					ServletUriComponentsBuilder.fromCurrentContextPath().path("/invitation/{token}").build(token).toString());
			return "redirect:/admin/users";
		}
		catch (EmailAlreadyUsedException ex) {
			result.rejectValue("email", "accounts.email.taken");
			return INVITE;
		}
	}

	@GetMapping("/{id}")
	String initEdit(@PathVariable UUID id, Model model) {
		var account = administration.get(id);
		model.addAttribute("account", account);
		model.addAttribute("accountForm", AccountForm.of(account));
		return EDIT;
	}

	@PostMapping("/{id}")
	String processEdit(@PathVariable UUID id, @Valid AccountForm accountForm, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("account", administration.get(id));
		if (result.hasErrors()) {
			return EDIT;
		}
		try {
			administration.change(id, accountForm.getDisplayName(), accountForm.getRoles(), accountForm.isEnabled(),
					principal.getName());
		}
		catch (LastAdministratorException ex) {
			result.reject("accounts.admin.self");
			return EDIT;
		}
		redirect.addFlashAttribute("saved", true);
		return "redirect:/admin/users";
	}
}
