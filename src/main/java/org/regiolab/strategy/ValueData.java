package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A value entered for an indicator. */
record ValueData(BigDecimal value, LocalDate measuredOn, @Nullable String source) {

	ValueData {
		source = source == null || source.isBlank() ? null : source.strip();
	}
}
