package org.regiolab.strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * A plan with its goal tree and the progress of every goal and indicator on a day.
 * @param progress the plan's strategic goals rolled up by their weights
 */
record PlanProgress(Plan plan, LocalDate asOf, Progress progress, List<GoalProgress> goals) {

	/** A goal with its indicators and sub-goals, and what they add up to. */
	record GoalProgress(Goal goal, int depth, Progress progress, List<IndicatorProgress> indicators,
			List<GoalProgress> subGoals) {
	}

	/** An indicator with its latest value and how far that has come. */
	record IndicatorProgress(Indicator indicator, @Nullable IndicatorValue latest, Progress progress) {
	}

	/** Every goal of the tree, each before its sub-goals, for the page's list and the CSV. */
	void forEachGoal(Consumer<GoalProgress> action) {
		goals.forEach(goal -> visit(goal, action));
	}

	private static void visit(GoalProgress goal, Consumer<GoalProgress> action) {
		action.accept(goal);
		goal.subGoals().forEach(sub -> visit(sub, action));
	}

	/** Every goal of the tree in the order of {@link #forEachGoal}. */
	List<GoalProgress> allGoals() {
		List<GoalProgress> all = new ArrayList<>();
		forEachGoal(all::add);
		return all;
	}
}
