package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.regiolab.network.NetworkDirectory;

import org.springframework.context.ApplicationContext;

/** Plans in a given state for the tests: built through the module's services, each with a tag of its own. */
class PlanWorld {

	final String tag = UUID.randomUUID().toString().substring(0, 8);
	final Plans plans;
	final Goals goals;
	final Indicators indicators;
	final UUID bottrop;
	final UUID nuremberg;

	PlanWorld(ApplicationContext context) {
		plans = context.getBean(Plans.class);
		goals = context.getBean(Goals.class);
		indicators = context.getBean(Indicators.class);
		NetworkDirectory network = context.getBean(NetworkDirectory.class);
		bottrop = network.allianceNamed(StrategyDemoWorld.BOTTROP).orElseThrow();
		nuremberg = network.allianceNamed(StrategyDemoWorld.NUREMBERG).orElseThrow();
	}

	UUID plan() {
		return plans.create(new PlanData(bottrop, PlanKind.ZUKUNFTSPLAN, "Zukunftsplan " + tag, 2021, 2030, "Vision " + tag));
	}

	UUID goal(UUID plan, String title) {
		return goals.create(plan, new GoalData(title, null, BigDecimal.ONE, null, null));
	}

	UUID subGoal(UUID plan, UUID parent, String title) {
		return goals.create(plan, new GoalData(title, null, BigDecimal.ONE, parent, null));
	}

	/** Betriebe from 100 on 01.01.2020 to 200 on 01.01.2040. */
	UUID indicator(UUID goal) {
		return indicators.create(goal, new IndicatorData("Betriebe " + tag, "Anzahl", Direction.MORE_IS_BETTER,
				BigDecimal.valueOf(100), LocalDate.of(2020, 1, 1), BigDecimal.valueOf(200), LocalDate.of(2040, 1, 1)));
	}

	UUID value(UUID indicator, int value, LocalDate on) {
		return indicators.addValue(indicator, new ValueData(BigDecimal.valueOf(value), on, "Zählung " + tag));
	}
}
