package org.regiolab.feedback;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One visitor's feedback as the device captured it.
 * @param id made by the device, so that sending it again finds the stored one
 * @param answers the answers to the station's own questions by their keys: a choice's text or a scale's number
 */
public record FeedbackData(UUID id, int rating, @Nullable String works, @Nullable String improvements,
		@Nullable String ideas, Map<String, Object> answers, OffsetDateTime capturedAt) {
}
