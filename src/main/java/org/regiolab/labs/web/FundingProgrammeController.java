package org.regiolab.labs.web;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.Fund;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.platform.FormSubmission;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The funding programmes: everyone signed in reads them, coordinators keep them and their logos. */
@Controller
class FundingProgrammeController {

	static final String LIST = "labs/funding-programmes";
	static final String DETAIL = "labs/funding-programme";
	static final String FORM = "labs/funding-programme-form";

	private final FundingProgrammes programmes;

	FundingProgrammeController(FundingProgrammes programmes) {
		this.programmes = programmes;
	}

	@InitBinder("programme")
	void programmeFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "fund", "operator", "notice");
	}

	@GetMapping("/labs/funding")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(required = false) @Nullable Fund fund,
			@RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", programmes.list(q, fund, Math.max(page, 0), 25));
		model.addAttribute("funds", Fund.values());
		model.addAttribute("q", q);
		model.addAttribute("fund", fund);
		return LIST;
	}

	@GetMapping("/labs/funding/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("programme", programmes.load(id));
		return DETAIL;
	}

	@GetMapping("/labs/funding/{id}/logo")
	ResponseEntity<byte[]> logo(@PathVariable UUID id) {
		return programmes.logo(id)
			.map(logo -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(logo.mediaType()))
				.cacheControl(CacheControl.noCache())
				.body(logo.content()))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/labs/funding/new")
	String initCreate(Model model) {
		model.addAttribute("programme", new FundingProgrammeForm());
		model.addAttribute("funds", Fund.values());
		return FORM;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/labs/funding")
	String processCreate(@Valid @ModelAttribute("programme") FundingProgrammeForm programme, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Optional<UUID> id = FormSubmission.attempt(result, () -> programmes.create(programme.toData()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/labs/funding/" + id.get();
		}
		model.addAttribute("funds", Fund.values());
		return FORM;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/labs/funding/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("programme", FundingProgrammeForm.of(programmes.load(id).data()));
		model.addAttribute("id", id);
		model.addAttribute("funds", Fund.values());
		return FORM;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/labs/funding/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("programme") FundingProgrammeForm programme,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, () -> programmes.update(id, programme.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/labs/funding/" + id;
		}
		model.addAttribute("id", id);
		model.addAttribute("funds", Fund.values());
		return FORM;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/labs/funding/{id}/logo")
	String uploadLogo(@PathVariable UUID id, @RequestParam("logo") MultipartFile logo, Model model,
			RedirectAttributes redirect) throws IOException {
		byte[] image = logo.getBytes();
		return FormSubmission.attempt(() -> {
			programmes.changeLogo(id, image);
			redirect.addFlashAttribute("saved", true);
			return "redirect:/labs/funding/" + id;
		}, refusal -> {
			model.addAttribute("logoError", refusal);
			return show(id, model);
		});
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/labs/funding/{id}/logo/delete")
	String removeLogo(@PathVariable UUID id, RedirectAttributes redirect) {
		programmes.removeLogo(id);
		redirect.addFlashAttribute("saved", true);
		return "redirect:/labs/funding/" + id;
	}
}
