package org.regiolab.labs.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.labs.LabList;
import org.regiolab.labs.MeasureRegistry;
import org.regiolab.labs.MeasureView;
import org.regiolab.labs.SolutionData;
import org.regiolab.labs.SolutionLibrary;
import org.regiolab.platform.FormSubmission;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The solution library: everyone signed in browses it; coordinators publish measures and adopt solutions. */
@Controller
class SolutionController {

	static final String LIST = "labs/solutions";
	static final String DETAIL = "labs/solution";
	static final String PUBLISH = "labs/solution-form";

	private final SolutionLibrary library;
	private final MeasureRegistry measures;
	private final LabList labs;

	SolutionController(SolutionLibrary library, MeasureRegistry measures, LabList labs) {
		this.library = library;
		this.measures = measures;
		this.labs = labs;
	}

	/** The publish form's fields. */
	public static class SolutionForm {

		@NotBlank
		@Size(max = 5000)
		private String problem = "";

		@NotBlank
		@Size(max = 5000)
		private String approach = "";

		@Size(max = 5000)
		private @Nullable String requirements;

		@Size(max = 5000)
		private @Nullable String results;

		@NotBlank
		@Size(max = 500)
		private String contact = "";

		SolutionData toData() {
			return new SolutionData(problem, approach, requirements, results, contact);
		}

		public String getProblem() {
			return problem;
		}

		public void setProblem(String problem) {
			this.problem = problem;
		}

		public String getApproach() {
			return approach;
		}

		public void setApproach(String approach) {
			this.approach = approach;
		}

		public @Nullable String getRequirements() {
			return requirements;
		}

		public void setRequirements(@Nullable String requirements) {
			this.requirements = requirements;
		}

		public @Nullable String getResults() {
			return results;
		}

		public void setResults(@Nullable String results) {
			this.results = results;
		}

		public String getContact() {
			return contact;
		}

		public void setContact(String contact) {
			this.contact = contact;
		}
	}

	@InitBinder("solution")
	void solutionFields(WebDataBinder binder) {
		binder.setAllowedFields("problem", "approach", "requirements", "results", "contact");
	}

	@GetMapping("/labs/solutions")
	String list(@RequestParam(required = false) @Nullable String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("rows", library.search(q, Math.max(page, 0), 20));
		model.addAttribute("q", q);
		return LIST;
	}

	@GetMapping("/labs/solutions/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("solution", library.load(id));
		model.addAttribute("labs", labs.all());
		return DETAIL;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/labs/solutions/{id}/adopt")
	String adopt(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID lab, Model model,
			RedirectAttributes redirect) {
		return FormSubmission.attempt(() -> {
			UUID measure = library.adopt(id, lab == null ? new UUID(0, 0) : lab);
			redirect.addFlashAttribute("adopted", true);
			return "redirect:/labs/measures/" + measure;
		}, refusal -> {
			model.addAttribute("adoptError", refusal);
			model.addAttribute("chosenLab", lab);
			return show(id, model);
		});
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/labs/measures/{id}/publish")
	String initPublish(@PathVariable UUID id, Model model) {
		MeasureView measure = measures.load(id);
		SolutionForm form = new SolutionForm();
		form.setApproach(String.join("\n", measure.data().activities()));
		form.setResults(String.join("\n", measure.data().results().stream().map(result -> result.text()).toList()));
		model.addAttribute("solution", form);
		model.addAttribute("measure", measure);
		return PUBLISH;
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/labs/measures/{id}/publish")
	String processPublish(@PathVariable UUID id, @Valid @ModelAttribute("solution") SolutionForm solution,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (FormSubmission.saved(result, () -> library.publish(id, solution.toData()))) {
			redirect.addFlashAttribute("published", true);
			return "redirect:/labs/measures/" + id;
		}
		model.addAttribute("measure", measures.load(id));
		return PUBLISH;
	}
}
