package org.regiolab.portal;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.InvalidInputException;

/**
 * When a business is open in a normal week, written as schema.org writes it
 * ({@code Mo-Fr 08:00-18:00; Sa 08:00-13:00}), which search engines read as it is. German day
 * names ({@code Di}, {@code Mi}, {@code Do}, {@code So}) are understood too; a time past midnight
 * ({@code Fr 18:00-02:00}) ends on the next day.
 */
public record OpeningHours(List<Span> spans) {

	/** Open on {@code day} from minute {@code opens} to minute {@code closes} after midnight (at most 1440). */
	public record Span(DayOfWeek day, int opens, int closes) {

		/** Minutes since Monday 00:00, where the search index keeps the weekly hours. */
		public int weekMinuteOpens() {
			return (day.getValue() - 1) * MINUTES_PER_DAY + opens;
		}

		public int weekMinuteCloses() {
			return (day.getValue() - 1) * MINUTES_PER_DAY + closes;
		}
	}

	public static final int MINUTES_PER_DAY = 24 * 60;
	static final int MAX_LENGTH = 500;

	private static final String[] CODES = { "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su" };
	private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(Map.entry("mo", DayOfWeek.MONDAY),
			Map.entry("tu", DayOfWeek.TUESDAY), Map.entry("di", DayOfWeek.TUESDAY), Map.entry("we", DayOfWeek.WEDNESDAY),
			Map.entry("mi", DayOfWeek.WEDNESDAY), Map.entry("th", DayOfWeek.THURSDAY), Map.entry("do", DayOfWeek.THURSDAY),
			Map.entry("fr", DayOfWeek.FRIDAY), Map.entry("sa", DayOfWeek.SATURDAY), Map.entry("su", DayOfWeek.SUNDAY),
			Map.entry("so", DayOfWeek.SUNDAY));
	private static final Pattern ENTRY = Pattern.compile(
			"\\s*([A-Za-z]{2}(?:\\s*[-,]\\s*[A-Za-z]{2})*)\\s+(\\d{1,2}[:.]\\d{2}\\s*-\\s*\\d{1,2}[:.]\\d{2}(?:\\s*,\\s*\\d{1,2}[:.]\\d{2}\\s*-\\s*\\d{1,2}[:.]\\d{2})*)\\s*");
	private static final Pattern TIME_RANGE = Pattern.compile("(\\d{1,2})[:.](\\d{2})\\s*-\\s*(\\d{1,2})[:.](\\d{2})");

	public OpeningHours {
		spans = List.copyOf(spans);
	}

	public static OpeningHours none() {
		return new OpeningHours(List.of());
	}

	/**
	 * @param text entries separated by semicolons or line breaks; blank means "no hours given"
	 * @throws InvalidInputException naming the field {@code openingHours} for anything else
	 */
	public static OpeningHours parse(@Nullable String text) {
		if (text == null || text.isBlank()) {
			return none();
		}
		if (text.length() > MAX_LENGTH) {
			throw invalid();
		}
		List<Span> spans = new ArrayList<>();
		for (String entry : text.split("[;\\n]")) {
			if (entry.isBlank()) {
				continue;
			}
			Matcher matcher = ENTRY.matcher(entry);
			if (!matcher.matches()) {
				throw invalid();
			}
			List<DayOfWeek> days = days(matcher.group(1));
			Matcher times = TIME_RANGE.matcher(matcher.group(2));
			while (times.find()) {
				int opens = minute(times.group(1), times.group(2));
				int closes = minute(times.group(3), times.group(4));
				days.forEach(day -> addSpan(spans, day, opens, closes));
			}
		}
		spans.sort(Comparator.comparing(Span::day).thenComparingInt(Span::opens));
		return new OpeningHours(spans);
	}

	/** The canonical schema.org form, one entry per day and time, e.g. {@code Mo 08:00-18:00; Tu 08:00-18:00}. */
	public String text() {
		return spans.stream().map(span -> CODES[span.day().getValue() - 1] + " " + time(span.opens()) + "-" + time(span.closes()))
			.collect(Collectors.joining("; "));
	}

	/** The spans of one weekday, in order. */
	public List<Span> on(DayOfWeek day) {
		return spans.stream().filter(span -> span.day() == day).toList();
	}

	public boolean isEmpty() {
		return spans.isEmpty();
	}

	/** {@code 08:00}, and {@code 24:00} for the end of a day. */
	public static String time(int minute) {
		return String.format(Locale.ROOT, "%02d:%02d", minute / 60, minute % 60);
	}

	private static void addSpan(List<Span> spans, DayOfWeek day, int opens, int closes) {
		// 24:00 ends a day; nothing opens then
		if (closes == opens || opens == MINUTES_PER_DAY) {
			throw invalid();
		}
		if (closes > opens) {
			spans.add(new Span(day, opens, closes));
		}
		else {
			// past midnight: the rest of the night belongs to the next day
			spans.add(new Span(day, opens, MINUTES_PER_DAY));
			if (closes > 0) {
				spans.add(new Span(day.plus(1), 0, closes));
			}
		}
	}

	private static List<DayOfWeek> days(String text) {
		List<DayOfWeek> days = new ArrayList<>();
		for (String part : text.replace(" ", "").split(",")) {
			String[] range = part.split("-");
			DayOfWeek first = day(range[0]);
			DayOfWeek last = range.length > 1 ? day(range[1]) : first;
			for (DayOfWeek day = first; ; day = day.plus(1)) {
				days.add(day);
				if (day == last) {
					break;
				}
			}
		}
		return days;
	}

	private static DayOfWeek day(String code) {
		DayOfWeek day = DAYS.get(code.toLowerCase(Locale.ROOT));
		if (day == null) {
			throw invalid();
		}
		return day;
	}

	private static int minute(String hours, String minutes) {
		int h = Integer.parseInt(hours);
		int m = Integer.parseInt(minutes);
		if (h > 24 || m > 59 || (h == 24 && m > 0)) {
			throw invalid();
		}
		return h * 60 + m;
	}

	private static InvalidInputException invalid() {
		return new InvalidInputException("openingHours", "portal.openingHours.invalid",
				"Opening hours like Mo-Fr 08:00-18:00; Sa 08:00-13:00");
	}
}
