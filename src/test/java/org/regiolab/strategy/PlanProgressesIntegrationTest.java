package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.accounts.AuditLog;
import org.regiolab.strategy.PlanProgress.GoalProgress;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** A plan read back from the database as a tree, with its goals rolled up by their weights. */
@IntegrationTest
class PlanProgressesIntegrationTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	PlanProgresses progresses;

	@Autowired
	AuditLog audit;

	PlanWorld world;

	@BeforeEach
	void world() {
		world = new PlanWorld(context);
	}

	@Test
	void aGoalRollsUpItsSubGoalsByWeightAndLeavesOutAnIndicatorWithoutValues() {
		UUID plan = world.plan();
		UUID goal = world.goal(plan, "Handel");
		UUID heavy = world.goals.create(plan, new GoalData("Fairtrade", null, BigDecimal.valueOf(3), goal, null));
		UUID light = world.goals.create(plan, new GoalData("HalloBot", null, BigDecimal.ONE, goal, null));
		// 100 → 200: 110 is 10 % of the way, 190 is 90 %
		world.value(world.indicator(heavy), 110, LocalDate.of(2024, 1, 1));
		world.value(world.indicator(light), 190, LocalDate.of(2024, 1, 1));
		world.indicator(goal);

		PlanProgress progress = progresses.of(plan);

		GoalProgress trade = progress.goals().get(0);
		assertThat(trade.subGoals()).extracting(sub -> sub.goal().title()).containsExactly("Fairtrade", "HalloBot");
		assertThat(trade.subGoals()).extracting(GoalProgress::depth).containsOnly(1);
		assertThat(trade.indicators().get(0).progress().status()).isEqualTo(Status.NO_DATA);
		// (3 × 0.1 + 1 × 0.9) / 4
		assertThat(trade.progress().share()).isCloseTo(0.3, within(1e-9));
		assertThat(progress.progress().share()).isCloseTo(0.3, within(1e-9));
	}

	@Test
	void theLatestValueByDateCountsWhateverOrderTheyWereEnteredIn() {
		UUID indicator = world.indicator(world.goal(world.plan(), "Netzwerk"));
		world.value(indicator, 180, LocalDate.of(2025, 1, 1));
		world.value(indicator, 120, LocalDate.of(2022, 1, 1));

		PlanProgress progress = progresses.of(world.indicators.load(indicator).planId());

		assertThat(progress.goals().get(0).indicators().get(0).latest().value()).isEqualByComparingTo("180");
	}

	@Test
	void deletingAGoalRemovesItsSubGoalsIndicatorsAndValuesAndIsAudited() {
		UUID plan = world.plan();
		UUID goal = world.goal(plan, "Handel");
		UUID sub = world.subGoal(plan, goal, "Fairtrade");
		UUID indicator = world.indicator(sub);
		world.value(indicator, 150, LocalDate.of(2024, 1, 1));

		world.goals.delete(goal);

		assertThat(world.goals.of(plan)).isEmpty();
		assertThat(world.indicators.values(indicator)).isEmpty();
		assertThat(audit.history(Plans.subject(plan))).extracting(AuditLog.Entry::action)
			.contains("strategy.plan.created", "strategy.goal.created", "strategy.indicator.created", "strategy.value.added",
					"strategy.goal.deleted");
	}
}
