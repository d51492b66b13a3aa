package org.regiolab.strategy;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.FormSubmission;

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
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plans of the alliances: every one of the network's people reads them, coordinators keep them. */
@Controller
class PlanController {

	static final String LIST = "strategy/plans";
	static final String DETAIL = "strategy/plan";
	static final String FORM = "strategy/plan-form";

	private final Plans plans;
	private final PlanProgresses progresses;
	private final NetworkDirectory network;
	private final ProgressCsv csv;

	PlanController(Plans plans, PlanProgresses progresses, NetworkDirectory network, ProgressCsv csv) {
		this.plans = plans;
		this.progresses = progresses;
		this.network = network;
		this.csv = csv;
	}

	@InitBinder("plan")
	void planFields(WebDataBinder binder) {
		binder.setAllowedFields("allianceId", "kind", "title", "fromYear", "toYear", "vision");
	}

	@GetMapping("/strategy")
	String list(@RequestParam(required = false) @Nullable UUID alliance, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("rows", plans.list(alliance, Math.max(page, 0), 25));
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("alliance", alliance);
		return LIST;
	}

	@GetMapping("/strategy/plans/{id}")
	String show(@PathVariable UUID id, Model model) {
		model.addAttribute("progress", progresses.of(id));
		return DETAIL;
	}

	@GetMapping("/strategy/plans/{id}/indicators.csv")
	ResponseEntity<StreamingResponseBody> export(@PathVariable UUID id, Locale locale) {
		return csv.of(progresses.of(id), locale);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/strategy/plans/new")
	String initCreate(@RequestParam(required = false) @Nullable UUID alliance, Model model) {
		PlanForm form = new PlanForm();
		form.setAllianceId(alliance);
		model.addAttribute("plan", form);
		return form(model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/strategy/plans")
	String processCreate(@Valid @ModelAttribute("plan") PlanForm plan, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<UUID> id = FormSubmission.attempt(result, () -> plans.create(plan.toData()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/strategy/plans/" + id.get();
		}
		return form(model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/strategy/plans/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		model.addAttribute("plan", PlanForm.of(plans.load(id).data()));
		model.addAttribute("id", id);
		return form(model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/strategy/plans/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("plan") PlanForm plan, BindingResult result,
			Model model, RedirectAttributes redirect) {
		plans.load(id);
		if (FormSubmission.saved(result, () -> plans.update(id, plan.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/strategy/plans/" + id;
		}
		model.addAttribute("id", id);
		return form(model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/strategy/plans/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		plans.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/strategy";
	}

	private String form(Model model) {
		model.addAttribute("alliances", network.alliances());
		model.addAttribute("kinds", PlanKind.values());
		return FORM;
	}
}
