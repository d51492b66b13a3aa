package org.regiolab.feedback.web;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.FeedbackData;

/**
 * A feedback as a kiosk or a visitor's phone sends it.
 * @param homepage a field people never see and bots fill in
 */
record FeedbackInput(@NotNull UUID id, @NotNull @Min(1) @Max(5) Integer rating, @Nullable @Size(max = 5000) String works,
		@Nullable @Size(max = 5000) String improvements, @Nullable @Size(max = 5000) String ideas,
		@Nullable @Size(max = 30) Map<String, Object> answers, @NotNull OffsetDateTime capturedAt,
		@Nullable String homepage) {

	boolean fromBot() {
		return homepage != null && !homepage.isEmpty();
	}

	FeedbackData toData() {
		return new FeedbackData(id, rating, works, improvements, ideas, answers == null ? Map.of() : answers, capturedAt);
	}
}
