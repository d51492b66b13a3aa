package org.regiolab.surveys;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as German readers write them: 22.11.2026. */
final class SurveyDates {

	private static final DateTimeFormatter GERMAN = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private SurveyDates() {
	}

	static String format(LocalDate day) {
		return GERMAN.format(day);
	}
}
