package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.InvalidInputException;

/**
 * The numbers and dates the tables hold: weights up to 999,999, values up to 14 digits before the
 * point, days from 1900 to 2199. Beyond them the database would refuse with an error, not a field.
 */
final class Bounds {

	/** How forms read and write these numbers: grouped, up to four decimals, in the reader's language (1.234,5). */
	static final String FORM_PATTERN = "#,##0.####";

	private static final BigDecimal MAX_WEIGHT = new BigDecimal("999999");
	private static final BigDecimal MAX_VALUE = new BigDecimal("1E14");

	private Bounds() {
	}

	/** The number without trailing zeros and never in exponent form: 10 rather than 1E+1 or 10.0000. */
	static @Nullable BigDecimal plain(@Nullable BigDecimal number) {
		return number == null ? null : new BigDecimal(number.stripTrailingZeros().toPlainString());
	}

	static void checkWeight(BigDecimal weight) {
		if (weight.signum() < 0 || weight.compareTo(MAX_WEIGHT) > 0) {
			throw new InvalidInputException("weight", "strategy.goal.weight.range", "A weight is from 0 to 999,999");
		}
	}

	static void checkValue(String field, BigDecimal value) {
		if (value.abs().compareTo(MAX_VALUE) >= 0) {
			throw new InvalidInputException(field, "strategy.value.range", "A value has at most 14 digits before the point");
		}
	}

	static void checkDate(String field, LocalDate date) {
		if (date.getYear() < 1900 || date.getYear() > 2199) {
			throw new InvalidInputException(field, "strategy.date.range", "A day lies between 1900 and 2199");
		}
	}
}
