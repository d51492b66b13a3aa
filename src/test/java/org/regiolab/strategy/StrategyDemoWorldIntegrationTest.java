package org.regiolab.strategy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.strategy.PlanProgress.GoalProgress;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world's plans: the Metropolregion Nürnberg's vision and five goals, Bottrop's Zukunftsplan from its Reallabore. */
@IntegrationTest
class StrategyDemoWorldIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlanProgresses progresses;

	@Test
	void nurembergsStrategyHasItsVisionAndFiveGoalsEachWithIndicatorsAndValues() {
		PlanProgress plan = progresses.of(plan(StrategyDemoWorld.NUREMBERG_PLAN));
		assertThat(plan.plan().allianceName()).isEqualTo(StrategyDemoWorld.NUREMBERG);
		assertThat(plan.plan().vision()).startsWith("Heimat für Kreative");
		assertThat(plan.goals()).hasSize(5);
		assertThat(plan.goals()).allSatisfy(goal -> {
			assertThat(goal.indicators()).hasSizeBetween(1, 2);
			assertThat(goal.indicators()).allSatisfy(indicator -> assertThat(indicator.latest()).isNotNull());
			assertThat(goal.goal().description()).contains("erfunden");
		});
		assertThat(plan.goals()).flatMap(GoalProgress::indicators)
			.anySatisfy(indicator -> assertThat(indicator.indicator().direction()).isEqualTo(Direction.LESS_IS_BETTER));
	}

	@Test
	void bottropsZukunftsplanHasAGoalPerReallaborAndTheFactSheetsResultsAsValues() {
		PlanProgress plan = progresses.of(plan(StrategyDemoWorld.BOTTROP_PLAN));
		assertThat(plan.plan().kind()).isEqualTo(PlanKind.ZUKUNFTSPLAN);
		assertThat(plan.goals()).extracting(goal -> goal.goal().title())
			.containsExactly("Hybride Formen des Handels: eine digitale und faire Innenstadt", "Digitale Koproduktion im Handwerk",
					"Fachkräftesicherung: Geflüchtete in Arbeit und Ausbildung");
		assertThat(plan.goals().get(0).subGoals()).hasSize(2);
		assertThat(plan.allGoals()).flatMap(GoalProgress::indicators)
			.anySatisfy(indicator -> assertThat(indicator.progress().reached()).isTrue());
		assertThat(jdbc.sql("""
				select v.source from strategy_indicator_value v join strategy_indicator i on i.id = v.indicator
				join strategy_goal g on g.id = i.goal where g.plan = ? and v.value = 17""")
			.param(plan.plan().id()).query(String.class).list()).singleElement().asString().contains("17 Akteure");
		assertThat(plan.progress().share()).isNotNull();
	}

	private UUID plan(String title) {
		return jdbc.sql("select id from strategy_plan where title = ?").param(title).query(UUID.class).single();
	}
}
