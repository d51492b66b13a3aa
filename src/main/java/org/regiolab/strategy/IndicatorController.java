package org.regiolab.strategy;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An indicator's page with its trend and values, and the forms that keep indicators and their values. */
@Controller
class IndicatorController {

	static final String DETAIL = "strategy/indicator";
	static final String FORM = "strategy/indicator-form";
	static final String VALUE_FORM = "strategy/value-form";

	private final Goals goals;
	private final Indicators indicators;
	private final Plans plans;
	private final IndicatorTrend trend;

	IndicatorController(Goals goals, Indicators indicators, Plans plans, IndicatorTrend trend) {
		this.goals = goals;
		this.indicators = indicators;
		this.plans = plans;
		this.trend = trend;
	}

	@InitBinder("indicator")
	void indicatorFields(WebDataBinder binder) {
		binder.setAllowedFields("name", "unit", "direction", "baselineValue", "baselineOn", "targetValue", "targetOn");
	}

	@InitBinder("value")
	void valueFields(WebDataBinder binder) {
		binder.setAllowedFields("value", "measuredOn", "source");
	}

	@GetMapping("/strategy/indicators/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("value", new IndicatorValueForm());
		return page(id, model, locale);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/strategy/goals/{goal}/indicators/new")
	String initCreate(@PathVariable UUID goal, Model model) {
		model.addAttribute("indicator", new IndicatorForm());
		return form(goals.load(goal), model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/strategy/goals/{goal}/indicators")
	String processCreate(@PathVariable UUID goal, @Valid @ModelAttribute("indicator") IndicatorForm indicator,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Goal owner = goals.load(goal);
		Optional<UUID> id = FormSubmission.attempt(result, () -> indicators.create(goal, indicator.toData()));
		if (id.isPresent()) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/strategy/indicators/" + id.get();
		}
		return form(owner, model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/strategy/indicators/{id}/edit")
	String initUpdate(@PathVariable UUID id, Model model) {
		Indicator indicator = indicators.load(id);
		model.addAttribute("indicator", IndicatorForm.of(indicator.data()));
		model.addAttribute("id", id);
		return form(goals.load(indicator.goalId()), model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/strategy/indicators/{id}")
	String processUpdate(@PathVariable UUID id, @Valid @ModelAttribute("indicator") IndicatorForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Indicator indicator = indicators.load(id);
		if (FormSubmission.saved(result, () -> indicators.update(id, form.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/strategy/indicators/" + id;
		}
		model.addAttribute("id", id);
		return form(goals.load(indicator.goalId()), model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/strategy/indicators/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		Indicator indicator = indicators.load(id);
		indicators.delete(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/strategy/plans/" + indicator.planId();
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/strategy/indicators/{id}/values")
	String addValue(@PathVariable UUID id, @Valid @ModelAttribute("value") IndicatorValueForm value, BindingResult result,
			Model model, Locale locale, RedirectAttributes redirect) {
		indicators.load(id);
		if (FormSubmission.saved(result, () -> indicators.addValue(id, value.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/strategy/indicators/" + id + "#values";
		}
		return page(id, model, locale);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/strategy/values/{id}/edit")
	String initValue(@PathVariable UUID id, Model model) {
		IndicatorValue value = indicators.value(id);
		model.addAttribute("value", IndicatorValueForm.of(value.data()));
		return valueForm(value, model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/strategy/values/{id}")
	String changeValue(@PathVariable UUID id, @Valid @ModelAttribute("value") IndicatorValueForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		IndicatorValue value = indicators.value(id);
		if (FormSubmission.saved(result, () -> indicators.changeValue(id, form.toData()))) {
			redirect.addFlashAttribute("saved", true);
			return "redirect:/strategy/indicators/" + value.indicatorId() + "#values";
		}
		return valueForm(value, model);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/strategy/values/{id}/delete")
	String deleteValue(@PathVariable UUID id, RedirectAttributes redirect) {
		IndicatorValue value = indicators.value(id);
		indicators.deleteValue(id);
		redirect.addFlashAttribute("deleted", true);
		return "redirect:/strategy/indicators/" + value.indicatorId() + "#values";
	}

	private String page(UUID id, Model model, Locale locale) {
		Indicator indicator = indicators.load(id);
		model.addAttribute("indicator", indicator);
		model.addAttribute("goal", goals.load(indicator.goalId()));
		model.addAttribute("plan", plans.load(indicator.planId()));
		model.addAttribute("trend", trend.of(indicator, locale));
		return DETAIL;
	}

	private String form(Goal goal, Model model) {
		model.addAttribute("goal", goal);
		model.addAttribute("plan", plans.load(goal.planId()));
		model.addAttribute("directions", Direction.values());
		return FORM;
	}

	private String valueForm(IndicatorValue value, Model model) {
		model.addAttribute("id", value.id());
		model.addAttribute("indicator", indicators.load(value.indicatorId()));
		return VALUE_FORM;
	}
}
