package org.regiolab.labs.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.Megatrends;
import org.regiolab.platform.FormSubmission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The curated megatrends: everyone signed in reads the list, administrators add to it. */
@Controller
class MegatrendController {

	static final String VIEW = "labs/megatrends";

	private final Megatrends megatrends;

	MegatrendController(Megatrends megatrends) {
		this.megatrends = megatrends;
	}

	/** A new megatrend's names. */
	public static class MegatrendForm {

		@NotBlank
		@Size(max = 100)
		private String nameDe = "";

		@NotBlank
		@Size(max = 100)
		private String nameEn = "";

		public String getNameDe() {
			return nameDe;
		}

		public void setNameDe(String nameDe) {
			this.nameDe = nameDe;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}
	}

	@InitBinder("megatrend")
	void megatrendFields(WebDataBinder binder) {
		binder.setAllowedFields("nameDe", "nameEn");
	}

	@GetMapping("/labs/megatrends")
	String list(Model model) {
		model.addAttribute("megatrend", new MegatrendForm());
		model.addAttribute("megatrends", megatrends.all());
		return VIEW;
	}

	@PreAuthorize(Roles.ADMIN_ONLY)
	@PostMapping("/labs/megatrends")
	String add(@Valid @ModelAttribute("megatrend") MegatrendForm megatrend, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (FormSubmission.saved(result, () -> megatrends.add(megatrend.getNameDe(), megatrend.getNameEn()))) {
			redirect.addFlashAttribute("added", true);
			return "redirect:/labs/megatrends";
		}
		model.addAttribute("megatrends", megatrends.all());
		return VIEW;
	}
}
