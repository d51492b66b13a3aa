package org.regiolab.strategy;

import java.math.BigDecimal;
import java.text.NumberFormat;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Figures on the strategy's pages in the reader's language: 1.234,5 in German, 1,234.5 in English. */
@Component("strategyFormat")
class StrategyFormat {

	/** The value with up to four decimals as entered, or an empty text. */
	public String number(@Nullable BigDecimal value) {
		if (value == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(LocaleContextHolder.getLocale());
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}
}
