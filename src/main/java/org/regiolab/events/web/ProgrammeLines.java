package org.regiolab.events.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.regiolab.events.ProgrammeSession;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.TimeConfiguration;

/**
 * The programme as the form writes it, one session per line:
 * {@code [TT.MM.JJJJ] HH:MM[–HH:MM] | Titel | Referierende | Raum | Track}. A line without a date
 * belongs to the day of the line before (the event's first day at the start), so a two-day
 * excursion names its second day once.
 */
final class ProgrammeLines {

	private static final Pattern LINE = Pattern.compile(
			"\\s*(?:(\\d{1,2}\\.\\d{1,2}\\.\\d{4})\\s+)?(\\d{1,2}:\\d{2})\\s*(?:[-–]\\s*(\\d{1,2}:\\d{2}))?\\s*\\|(.*)");
	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d.M.uuuu");
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	private ProgrammeLines() {
	}

	static List<ProgrammeSession> parse(@Nullable String text, LocalDate firstDay) {
		List<ProgrammeSession> sessions = new ArrayList<>();
		if (text == null) {
			return sessions;
		}
		LocalDate day = firstDay;
		for (String line : text.lines().filter(l -> !l.isBlank()).toList()) {
			Matcher matcher = LINE.matcher(line);
			if (!matcher.matches()) {
				throw invalid();
			}
			try {
				if (matcher.group(1) != null) {
					day = LocalDate.parse(matcher.group(1), DATE);
				}
				List<String> parts = Arrays.stream(matcher.group(4).split("\\|", -1)).map(String::strip).toList();
				if (parts.get(0).isEmpty() || parts.size() > 4 || parts.stream().anyMatch(p -> p.length() > 300)) {
					throw invalid();
				}
				sessions.add(new ProgrammeSession(at(day, matcher.group(2)),
						matcher.group(3) == null ? null : at(day, matcher.group(3)), parts.get(0), part(parts, 1),
						part(parts, 2), part(parts, 3)));
			}
			catch (DateTimeParseException ex) {
				throw invalid();
			}
		}
		return sessions;
	}

	static String format(List<ProgrammeSession> sessions, LocalDate firstDay) {
		StringBuilder text = new StringBuilder();
		LocalDate day = firstDay;
		for (ProgrammeSession session : sessions) {
			LocalDate sessionDay = session.startsAt().toLocalDate();
			if (!sessionDay.equals(day)) {
				text.append(DATE.format(sessionDay)).append(' ');
				day = sessionDay;
			}
			text.append(TIME.format(session.startsAt()));
			if (session.endsAt() != null) {
				text.append('–').append(TIME.format(session.endsAt()));
			}
			text.append(" | ").append(session.title());
			List<String> rest = new ArrayList<>(Arrays.asList(orEmpty(session.speakers()), orEmpty(session.room()),
					orEmpty(session.track())));
			while (!rest.isEmpty() && rest.get(rest.size() - 1).isEmpty()) {
				rest.remove(rest.size() - 1);
			}
			rest.forEach(part -> text.append(" | ").append(part));
			text.append('\n');
		}
		return text.toString();
	}

	private static OffsetDateTime at(LocalDate day, String time) {
		return day.atTime(LocalTime.parse(time, TIME)).atZone(TimeConfiguration.ZONE).toOffsetDateTime();
	}

	private static @Nullable String part(List<String> parts, int index) {
		return parts.size() > index && !parts.get(index).isEmpty() ? parts.get(index) : null;
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	private static InvalidInputException invalid() {
		return new InvalidInputException("programme", "event.programme.invalid", "A programme line is not understood");
	}
}
