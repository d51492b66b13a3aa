package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A value of an indicator measured on a day, and where it was taken from (a statistics office, a count). */
record IndicatorValue(UUID id, UUID indicatorId, BigDecimal value, LocalDate measuredOn, @Nullable String source) {

	ValueData data() {
		return new ValueData(value, measuredOn, source);
	}
}
