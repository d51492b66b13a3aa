package org.regiolab.portal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

/**
 * Whether a business is open at a moment, as the profile page says it: "heute geöffnet bis 18:00",
 * "öffnet heute um 14:00", "heute geschlossen" (with the reason when a closure or holiday says so).
 * @param state what holds now
 * @param time the closing time while open, the opening time when it opens later today, else none
 * @param note the closure's note, or none
 */
public record OpeningStatus(State state, @Nullable String time, @Nullable String note) {

	public enum State {
		/** Open now, until {@link #time}. */
		OPEN,
		/** Closed now, opens again today at {@link #time}. */
		OPENS_LATER,
		/** Closed for the rest of today. */
		CLOSED_TODAY,
		/** Closed today by a public holiday. */
		HOLIDAY,
		/** Closed today by one of the business's closures ({@link #note}). */
		CLOSURE,
		/** No hours given. */
		UNKNOWN
	}

	/** The status of a business with these hours and closures at {@code now} (in Europe/Berlin). */
	public static OpeningStatus at(ZonedDateTime now, OpeningHours hours, List<Closure> closures,
			boolean closedOnPublicHolidays, PublicHolidays holidays) {
		if (hours.isEmpty()) {
			return new OpeningStatus(State.UNKNOWN, null, null);
		}
		LocalDate today = now.toLocalDate();
		for (Closure closure : closures) {
			if (closure.covers(today)) {
				return new OpeningStatus(State.CLOSURE, null, closure.note());
			}
		}
		if (closedOnPublicHolidays && holidays.isHoliday(today)) {
			return new OpeningStatus(State.HOLIDAY, null, null);
		}
		int minute = now.getHour() * 60 + now.getMinute();
		for (OpeningHours.Span span : hours.on(now.getDayOfWeek())) {
			if (span.opens() <= minute && minute < span.closes()) {
				return new OpeningStatus(State.OPEN, OpeningHours.time(span.closes()), null);
			}
			if (span.opens() > minute) {
				return new OpeningStatus(State.OPENS_LATER, OpeningHours.time(span.opens()), null);
			}
		}
		return new OpeningStatus(State.CLOSED_TODAY, null, null);
	}

	/**
	 * The first moment after {@code now} at which the status may read differently: the next opening
	 * or closing time of today's hours, else midnight, when the day's closures and holidays change.
	 * A page showing the status may be kept until then and no longer.
	 */
	public static ZonedDateTime nextChange(ZonedDateTime now, OpeningHours hours) {
		int minute = now.getHour() * 60 + now.getMinute();
		OptionalInt next = hours.on(now.getDayOfWeek()).stream()
			.flatMapToInt(span -> IntStream.of(span.opens(), span.closes()))
			.filter(boundary -> boundary > minute && boundary < OpeningHours.MINUTES_PER_DAY)
			.min();
		return next.isPresent() ? now.with(LocalTime.of(next.getAsInt() / 60, next.getAsInt() % 60))
				: now.toLocalDate().plusDays(1).atStartOfDay(now.getZone());
	}

	public boolean open() {
		return state == State.OPEN;
	}
}
