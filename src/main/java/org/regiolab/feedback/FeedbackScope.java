package org.regiolab.feedback;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Whose feedback an analysis takes, and from which days (Berlin time, both ends included): one
 * station's, one company's stations' within a themed world, or a whole themed world's.
 */
public record FeedbackScope(@Nullable UUID station, @Nullable UUID themedWorld, @Nullable UUID organisation,
		@Nullable LocalDate from, @Nullable LocalDate to) {

	public static FeedbackScope station(UUID station, @Nullable LocalDate from, @Nullable LocalDate to) {
		return new FeedbackScope(station, null, null, from, to);
	}

	public static FeedbackScope company(UUID themedWorld, UUID organisation, @Nullable LocalDate from,
			@Nullable LocalDate to) {
		return new FeedbackScope(null, themedWorld, organisation, from, to);
	}

	public static FeedbackScope themedWorld(UUID themedWorld, @Nullable LocalDate from, @Nullable LocalDate to) {
		return new FeedbackScope(null, themedWorld, null, from, to);
	}
}
