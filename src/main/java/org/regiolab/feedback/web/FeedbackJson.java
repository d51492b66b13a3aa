package org.regiolab.feedback.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.Feedback;

/**
 * A stored feedback; {@code hidden} and {@code themes} only for the lab team, whose moderation a
 * visitor's device need not learn.
 */
record FeedbackJson(UUID id, UUID stationId, int rating, @Nullable String works, @Nullable String improvements,
		@Nullable String ideas, Map<String, Object> answers, OffsetDateTime capturedAt, Instant receivedAt,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Boolean hidden,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<String> themes) {

	static FeedbackJson forDevice(Feedback feedback) {
		return of(feedback, false);
	}

	static FeedbackJson forLabTeam(Feedback feedback) {
		return of(feedback, true);
	}

	private static FeedbackJson of(Feedback feedback, boolean moderation) {
		var data = feedback.data();
		return new FeedbackJson(data.id(), feedback.station(), data.rating(), data.works(), data.improvements(),
				data.ideas(), data.answers(), data.capturedAt(), feedback.receivedAt(),
				moderation ? feedback.hidden() : null, moderation ? feedback.themes() : null);
	}
}
