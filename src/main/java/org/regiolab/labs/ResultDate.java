package org.regiolab.labs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.regiolab.platform.InvalidInputException;

/**
 * When a result happened, known to the day (»26.11.2021«), the month (»August 2021«) or only the
 * year (»2022«), as the seed's fact sheets give it. Written as ISO 8601 prefixes: {@code 2021-11-26},
 * {@code 2021-08}, {@code 2022}.
 */
public record ResultDate(LocalDate date, Precision precision) {

	public enum Precision {
		DAY, MONTH, YEAR
	}

	/** The form and JSON syntax: a four-digit year, optionally with month and day. */
	public static final String SYNTAX = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

	static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
	static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private static final Pattern PARTS = Pattern.compile("([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?");

	/**
	 * Reads {@code 2021-11-26}, {@code 2021-08} or {@code 2022}; anything else, an impossible day or
	 * a year outside 1900–2199 is invalid input of {@code field}.
	 */
	public static ResultDate parse(String text, String field) {
		Matcher parts = PARTS.matcher(text.strip());
		if (!parts.matches()) {
			throw invalid(field, text);
		}
		try {
			int year = Integer.parseInt(parts.group(1));
			ResultDate date = parts.group(2) == null ? new ResultDate(LocalDate.of(year, 1, 1), Precision.YEAR)
					: parts.group(3) == null
							? new ResultDate(YearMonth.of(year, Integer.parseInt(parts.group(2))).atDay(1), Precision.MONTH)
							: new ResultDate(LocalDate.parse(text.strip()), Precision.DAY);
			if (date.date.isBefore(EARLIEST) || date.date.isAfter(LATEST)) {
				throw invalid(field, text);
			}
			return date;
		}
		catch (DateTimeException ex) {
			throw invalid(field, text);
		}
	}

	/** The ISO form it was written in. */
	public String iso() {
		return switch (precision) {
			case DAY -> date.toString();
			case MONTH -> YearMonth.from(date).toString();
			case YEAR -> String.valueOf(date.getYear());
		};
	}

	/** As a German or English reader expects it: 26.11.2021, August 2021, 2022. */
	public String format(Locale locale) {
		return switch (precision) {
			case DAY -> date.format(DateTimeFormatter.ofPattern(german(locale) ? "dd.MM.yyyy" : "d MMMM yyyy", locale));
			case MONTH -> date.format(DateTimeFormatter.ofPattern("MMMM yyyy", locale));
			case YEAR -> String.valueOf(date.getYear());
		};
	}

	private static boolean german(Locale locale) {
		return !Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
	}

	private static InvalidInputException invalid(String field, String text) {
		return new InvalidInputException(field, "measure.result.date.invalid", "Not a date between 1900 and 2199: " + text);
	}
}
