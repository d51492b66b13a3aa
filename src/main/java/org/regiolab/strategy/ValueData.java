package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.Texts;

/** A value entered for an indicator. */
record ValueData(BigDecimal value, LocalDate measuredOn, @Nullable String source) {

	ValueData {
		source = Texts.blankToNull(Texts.withoutNul(source));
	}
}
