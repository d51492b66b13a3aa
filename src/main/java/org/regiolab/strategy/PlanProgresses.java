package org.regiolab.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.regiolab.strategy.PlanProgress.GoalProgress;
import org.regiolab.strategy.PlanProgress.IndicatorProgress;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's progress, read in four queries however many goals it has: the plan, its goals, their
 * indicators and each indicator's latest value. The tree and the roll-up are built in memory.
 */
@Service
@Transactional(readOnly = true)
class PlanProgresses {

	private final Plans plans;
	private final Goals goals;
	private final Indicators indicators;
	private final Clock clock;

	PlanProgresses(Plans plans, Goals goals, Indicators indicators, Clock clock) {
		this.plans = plans;
		this.goals = goals;
		this.indicators = indicators;
		this.clock = clock;
	}

	/** The plan's progress as of today by RegioLab's calendar. */
	PlanProgress of(UUID id) {
		Plan plan = plans.load(id);
		LocalDate today = LocalDate.now(clock);
		Tree tree = new Tree(goals.of(id).stream().collect(Collectors.groupingBy(goal -> Optional.ofNullable(goal.parentId()))),
				indicators.ofPlan(id).stream().collect(Collectors.groupingBy(Indicator::goalId)), indicators.latestOfPlan(id),
				today);
		List<GoalProgress> roots = tree.goals(Optional.empty(), 0);
		return new PlanProgress(plan, today, rolledUp(roots, List.of()), roots);
	}

	private record Tree(Map<Optional<UUID>, List<Goal>> children, Map<UUID, List<Indicator>> indicators,
			Map<UUID, IndicatorValue> latest, LocalDate today) {

		List<GoalProgress> goals(Optional<UUID> parent, int depth) {
			return children.getOrDefault(parent, List.of()).stream().map(goal -> goal(goal, depth)).toList();
		}

		GoalProgress goal(Goal goal, int depth) {
			List<IndicatorProgress> measured = indicators.getOrDefault(goal.id(), List.of()).stream().map(indicator -> {
				IndicatorValue value = latest.get(indicator.id());
				return new IndicatorProgress(indicator, value,
						indicator.progress(value == null ? null : value.value(), today));
			}).toList();
			List<GoalProgress> subGoals = goals(Optional.of(goal.id()), depth + 1);
			return new GoalProgress(goal, depth, rolledUp(subGoals, measured), measured, subGoals);
		}
	}

	/** Sub-goals count with their weights, indicators with 1 each (decision 21). */
	static Progress rolledUp(List<GoalProgress> subGoals, List<IndicatorProgress> indicators) {
		List<Progress.Part> parts = new ArrayList<>();
		subGoals.forEach(goal -> parts.add(new Progress.Part(goal.goal().weight().doubleValue(), goal.progress())));
		indicators.forEach(indicator -> parts.add(new Progress.Part(1, indicator.progress())));
		return Progress.rolledUp(parts);
	}
}
