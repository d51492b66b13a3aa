package org.regiolab.strategy;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.platform.ItemsPage;
import org.regiolab.strategy.PlanInput.GoalBody;
import org.regiolab.strategy.PlanInput.IndicatorBody;
import org.regiolab.strategy.PlanInput.IndicatorValueBody;
import org.regiolab.strategy.PlanInput.PlanBody;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plans, goals, indicators, values and progress through the API: the network's people read, coordinators write. */
@RestController
@RequestMapping(path = "/api/v1/plans", produces = MediaType.APPLICATION_JSON_VALUE)
class PlanApiController {

	private final Plans plans;
	private final Goals goals;
	private final Indicators indicators;
	private final PlanProgresses progresses;

	PlanApiController(Plans plans, Goals goals, Indicators indicators, PlanProgresses progresses) {
		this.plans = plans;
		this.goals = goals;
		this.indicators = indicators;
		this.progresses = progresses;
	}

	@GetMapping
	ItemsPage<Plan> list(@RequestParam(required = false) @Nullable UUID alliance,
			@RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
		return plans.list(alliance, page, size);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Plan> create(@Valid @RequestBody PlanBody input) {
		UUID id = plans.create(input.toData());
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(plans.load(id));
	}

	@GetMapping("/{id}")
	Plan plan(@PathVariable UUID id) {
		return plans.load(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Plan update(@PathVariable UUID id, @Valid @RequestBody PlanBody input) {
		plans.update(id, input.toData());
		return plans.load(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable UUID id) {
		plans.delete(id);
		return ResponseEntity.noContent().build();
	}

	/** The plan's goal tree with the progress of every goal and indicator, as of today. */
	@GetMapping("/{id}/progress")
	PlanProgress progress(@PathVariable UUID id) {
		return progresses.of(id);
	}

	@GetMapping("/{id}/goals")
	List<Goal> goals(@PathVariable UUID id) {
		plans.load(id);
		return goals.of(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/{id}/goals", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Goal> createGoal(@PathVariable UUID id, @Valid @RequestBody GoalBody input) {
		UUID goal = goals.create(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/plans/goals/" + goal)).body(goals.load(goal));
	}

	@GetMapping("/goals/{id}")
	Goal goal(@PathVariable UUID id) {
		return goals.load(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/goals/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Goal updateGoal(@PathVariable UUID id, @Valid @RequestBody GoalBody input) {
		goals.update(id, input.toData());
		return goals.load(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/goals/{id}")
	ResponseEntity<Void> deleteGoal(@PathVariable UUID id) {
		goals.delete(id);
		return ResponseEntity.noContent().build();
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/goals/{id}/indicators", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Indicator> createIndicator(@PathVariable UUID id, @Valid @RequestBody IndicatorBody input) {
		UUID indicator = indicators.create(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/plans/indicators/" + indicator)).body(indicators.load(indicator));
	}

	@GetMapping("/indicators/{id}")
	Indicator indicator(@PathVariable UUID id) {
		return indicators.load(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/indicators/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Indicator updateIndicator(@PathVariable UUID id, @Valid @RequestBody IndicatorBody input) {
		indicators.update(id, input.toData());
		return indicators.load(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/indicators/{id}")
	ResponseEntity<Void> deleteIndicator(@PathVariable UUID id) {
		indicators.delete(id);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/indicators/{id}/values")
	List<IndicatorValue> values(@PathVariable UUID id) {
		indicators.load(id);
		return indicators.values(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/indicators/{id}/values", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<IndicatorValue> addValue(@PathVariable UUID id, @Valid @RequestBody IndicatorValueBody input) {
		UUID value = indicators.addValue(id, input.toData());
		return ResponseEntity.created(URI.create("/api/v1/plans/values/" + value)).body(indicators.value(value));
	}

	@GetMapping("/values/{id}")
	IndicatorValue value(@PathVariable UUID id) {
		return indicators.value(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/values/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
	IndicatorValue changeValue(@PathVariable UUID id, @Valid @RequestBody IndicatorValueBody input) {
		indicators.changeValue(id, input.toData());
		return indicators.value(id);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@DeleteMapping("/values/{id}")
	ResponseEntity<Void> deleteValue(@PathVariable UUID id) {
		indicators.deleteValue(id);
		return ResponseEntity.noContent().build();
	}
}
