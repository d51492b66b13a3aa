package org.regiolab.portal;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The public holidays of a German state, on which a business that says so stays closed. The
 * federal ones everywhere, the rest by state (two-letter code as in {@code NW}); regional ones
 * that only some municipalities keep (Augsburg's Friedensfest, Fronleichnam in parts of Saxony)
 * are left out.
 */
public final class PublicHolidays {

	private final String state;

	/** @param state {@code BW}, {@code BY}, {@code BE}, … {@code NW} (Bottrop), … {@code TH} */
	public PublicHolidays(String state) {
		this.state = state.toUpperCase(Locale.ROOT);
	}

	public boolean isHoliday(LocalDate date) {
		return of(date.getYear()).contains(date);
	}

	Set<LocalDate> of(int year) {
		LocalDate easter = easterSunday(year);
		Set<LocalDate> days = new HashSet<>();
		for (MonthDay fixed : new MonthDay[] { MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(10, 3), MonthDay.of(12, 25),
				MonthDay.of(12, 26) }) {
			days.add(fixed.atYear(year));
		}
		days.add(easter.minusDays(2));
		days.add(easter.plusDays(1));
		days.add(easter.plusDays(39));
		days.add(easter.plusDays(50));
		addIf(days, "BW BY ST", MonthDay.of(1, 6).atYear(year));
		addIf(days, "BE MV", MonthDay.of(3, 8).atYear(year));
		addIf(days, "BB", easter);
		addIf(days, "BB", easter.plusDays(49));
		addIf(days, "BW BY HE NW RP SL", easter.plusDays(60));
		addIf(days, "SL", MonthDay.of(8, 15).atYear(year));
		addIf(days, "TH", MonthDay.of(9, 20).atYear(year));
		addIf(days, "BB HB HH MV NI SN ST SH TH", MonthDay.of(10, 31).atYear(year));
		addIf(days, "BW BY NW RP SL", MonthDay.of(11, 1).atYear(year));
		// Buß- und Bettag: the Wednesday before 23 November
		addIf(days, "SN", LocalDate.of(year, 11, 22).with(TemporalAdjusters.previousOrSame(java.time.DayOfWeek.WEDNESDAY)));
		return days;
	}

	private void addIf(Set<LocalDate> days, String states, LocalDate day) {
		if ((" " + states + " ").contains(" " + state + " ")) {
			days.add(day);
		}
	}

	/** Gauss's Easter formula in the form of the anonymous Gregorian algorithm. */
	static LocalDate easterSunday(int year) {
		int a = year % 19;
		int b = year / 100;
		int c = year % 100;
		int d = b / 4;
		int e = b % 4;
		int f = (b + 8) / 25;
		int g = (b - f + 1) / 3;
		int h = (19 * a + b - d - g + 15) % 30;
		int i = c / 4;
		int k = c % 4;
		int l = (32 + 2 * e + 2 * i - h - k) % 7;
		int m = (a + 11 * h + 22 * l) / 451;
		int month = (h + l - 7 * m + 114) / 31;
		int day = (h + l - 7 * m + 114) % 31 + 1;
		return LocalDate.of(year, month, day);
	}
}
