package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An indicator of a goal, with where its values come from. */
record Indicator(UUID id, UUID goalId, UUID planId, String name, @Nullable String unit, Direction direction,
		IndicatorSource source, BigDecimal baselineValue, LocalDate baselineOn, BigDecimal targetValue, LocalDate targetOn) {

	IndicatorData data() {
		return new IndicatorData(name, unit, direction, baselineValue, baselineOn, targetValue, targetOn);
	}

	/**
	 * How far the latest value has come on the way from baseline to target, against the time passed
	 * by {@code today}.
	 */
	Progress progress(@Nullable BigDecimal latest, LocalDate today) {
		if (latest == null) {
			return Progress.NONE;
		}
		double needed = direction.gain(baselineValue.doubleValue(), targetValue.doubleValue());
		double gained = direction.gain(baselineValue.doubleValue(), latest.doubleValue());
		double elapsed = (double) ChronoUnit.DAYS.between(baselineOn, today) / ChronoUnit.DAYS.between(baselineOn, targetOn);
		return Progress.of(gained / needed, Math.max(0, Math.min(1, elapsed)));
	}
}
