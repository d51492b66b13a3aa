package org.regiolab.surveys;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** A survey's dates: whether it takes answers on a day, and as German readers write them: 22.11.2026. */
final class SurveyDates {

	private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private SurveyDates() {
	}

	static String format(LocalDate day) {
		return GERMAN.format(day);
	}

	/** Whether a survey open from the one day to the other (either open-ended if null) takes answers on the day. */
	static boolean isOpen(@Nullable LocalDate opensOn, @Nullable LocalDate closesOn, LocalDate day) {
		return (opensOn == null || !day.isBefore(opensOn)) && (closesOn == null || !day.isAfter(closesOn));
	}
}
