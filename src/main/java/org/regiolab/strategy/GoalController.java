package org.regiolab.strategy;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
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

/** A plan's goals and sub-goals, kept by coordinators. */
@Controller
@PreAuthorize(Roles.MAY_EDIT)
class GoalController {

	static final String FORM = "strategy/goal-form";

	private final Plans plans;
	private final Goals goals;
	private final PlanProgresses progresses;

	GoalController(Plans plans, Goals goals, PlanProgresses progresses) {
		this.plans = plans;
		this.goals = goals;
		this.progresses = progresses;
	}

	@InitBinder("goal")
	void goalFields(WebDataBinder binder) {
		binder.setAllowedFields("title", "description", "weight", "parentId", "position");
	}

	@GetMapping("/strategy/plans/{plan}/goals/new")
	String initCreate(@PathVariable UUID plan, @RequestParam(required = false) @Nullable UUID parent, Model model) {
		GoalForm form = new GoalForm();
		form.setParentId(parent);
		model.addAttribute("goal", form);
		return form(plan, model);
	}

	@PostMapping("/strategy/plans/{plan}/goals")
	String processCreate(@PathVariable UUID plan, @Valid @ModelAttribute("goal") GoalForm goal, BindingResult result,
			Model model, RedirectAttributes redirect) {
		plans.load(plan);
		Optional<UUID> id = FormSubmission.attempt(result, () -> goals.create(plan, goal.toData()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/strategy/plans/" + plan + "#goal-" + id.get();
		}
		return form(plan, model);
	}

	@GetMapping("/strategy/goals/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		Goal goal = goals.load(id);
		model.addAttribute("goal", GoalForm.of(goal.data()));
		model.addAttribute("id", id);
		return form(goal.planId(), model);
	}

	@PostMapping("/strategy/goals/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("goal") GoalForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Goal goal = goals.load(id);
		if (FormSubmission.saved(result, () -> goals.update(id, form.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/strategy/plans/" + goal.planId() + "#goal-" + id;
		}
		model.addAttribute("id", id);
		return form(goal.planId(), model);
	}

	@PostMapping("/strategy/goals/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		Goal goal = goals.load(id);
		goals.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/strategy/plans/" + goal.planId();
	}

	private String form(UUID plan, Model model) {
		PlanProgress progress = progresses.of(plan);
		model.addAttribute("plan", progress.plan());
		model.addAttribute("parents", progress.allGoals());
		return FORM;
	}
}
