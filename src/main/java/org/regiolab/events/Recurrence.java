package org.regiolab.events;

import java.time.ZonedDateTime;

/** How the events of a series follow each other, at the same local time (across daylight saving). */
public enum Recurrence {
	WEEKLY, MONTHLY;

	ZonedDateTime shift(ZonedDateTime first, int occurrence) {
		return this == WEEKLY ? first.plusWeeks(occurrence) : first.plusMonths(occurrence);
	}
}
