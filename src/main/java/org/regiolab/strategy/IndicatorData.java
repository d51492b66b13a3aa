package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What an indicator measures, which way is better, where it started and where it should be by when. */
record IndicatorData(String name, @Nullable String unit, Direction direction, BigDecimal baselineValue, LocalDate baselineOn,
		BigDecimal targetValue, LocalDate targetOn) {

	IndicatorData {
		name = name == null ? "" : name.strip();
		unit = unit == null || unit.isBlank() ? null : unit.strip();
	}
}
