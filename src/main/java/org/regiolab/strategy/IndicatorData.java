package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.Texts;

/** What an indicator measures, which way is better, where it started and where it should be by when. */
record IndicatorData(String name, @Nullable String unit, Direction direction, BigDecimal baselineValue, LocalDate baselineOn,
		BigDecimal targetValue, LocalDate targetOn) {

	IndicatorData {
		name = name == null ? "" : Texts.withoutNul(name).strip();
		unit = Texts.blankToNull(Texts.withoutNul(unit));
	}
}
