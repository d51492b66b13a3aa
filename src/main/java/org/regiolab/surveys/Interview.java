package org.regiolab.surveys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An interview with its notes and coded passages.
 * @param erasedAt when its notes were removed together with the person interviewed; {@code null} while they are kept
 */
public record Interview(UUID id, UUID guide, InterviewData data, @Nullable String organisationName,
		@Nullable String personName, @Nullable Instant erasedAt, List<Coding> codings) {

	/** The notes for a question, {@code null} when there are none. */
	public @Nullable String answer(UUID question) {
		return data.answers().get(question);
	}

	public List<Coding> codingsOf(UUID question) {
		return codings.stream().filter(coding -> coding.question().equals(question)).toList();
	}
}
