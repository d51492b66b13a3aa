package org.regiolab.feedback;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Which feedback of a station a list shows.
 * @param from the first day captured, Berlin time
 * @param to the last day captured
 * @param query words the free texts contain
 * @param visibility shown, hidden or both
 */
public record FeedbackFilter(UUID station, @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Integer rating,
		@Nullable String query, @Nullable String theme, Visibility visibility) {

	public enum Visibility {
		ALL, SHOWN, HIDDEN
	}
}
