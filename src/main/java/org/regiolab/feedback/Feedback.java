package org.regiolab.feedback;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Stored feedback.
 * @param hidden whether the lab team hid it as abusive: kept, but counted nowhere
 * @param themes the themes the lab team tagged it with
 */
public record Feedback(UUID station, FeedbackData data, Instant receivedAt, boolean hidden, List<String> themes) {

	public UUID id() {
		return data.id();
	}
}
