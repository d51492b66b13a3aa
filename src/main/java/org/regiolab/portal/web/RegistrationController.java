package org.regiolab.portal.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.regiolab.platform.FormSubmission;
import org.regiolab.platform.NotFoundException;
import org.regiolab.portal.BusinessRegistrations;
import org.regiolab.portal.PageStatistics;
import org.regiolab.portal.PortalCategories;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A business registers itself in three minutes: one form, a link by mail to confirm the address,
 * and a password for its new account. The office reviews the profile before it goes public.
 */
@Controller
class RegistrationController {

	static final String FORM = "portal/register";

	private final BusinessRegistrations registrations;
	private final PageStatistics statistics;

	RegistrationController(BusinessRegistrations registrations, PageStatistics statistics) {
		this.registrations = registrations;
		this.statistics = statistics;
	}

	@InitBinder("registration")
	void registrationFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "category", "shortDescription", "street", "postalCode", "city", "district",
				"openingHours", "phone", "website", "contactName", "contactEmail", "privacy");
	}

	@ModelAttribute("categories")
	java.util.List<String> categories() {
		return PortalCategories.OWN;
	}

	@GetMapping("/portal/register")
	String initRegistration(Model model) {
		statistics.viewed("register");
		model.addAttribute("registration", new RegistrationForm());
		return FORM;
	}

	@PostMapping("/portal/register")
	String processRegistration(@Valid @ModelAttribute("registration") RegistrationForm registration,
			BindingResult result, Locale locale) {
		boolean sent = FormSubmission.saved(result, () -> registrations.register(registration.getContactEmail(),
				registration.getContactName(), registration.toContent(), locale));
		return sent ? "portal/register-sent" : FORM;
	}

	@GetMapping("/portal/register/{token}")
	String initConfirmation(@PathVariable String token, Model model) {
		model.addAttribute("pending", registrations.pending(token)
			.orElseThrow(() -> new NotFoundException("No pending registration")));
		model.addAttribute("token", token);
		return "portal/register-confirm";
	}

	@PostMapping("/portal/register/{token}")
	String processConfirmation(@PathVariable String token, Model model) {
		BusinessRegistrations.Confirmation confirmation = registrations.confirm(token);
		if (confirmation.invitation() != null) {
			// the new account's password is chosen right away, on the accounts module's invitation page
			return "redirect:/invitation/" + confirmation.invitation();
		}
		return "portal/register-confirmed";
	}
}
