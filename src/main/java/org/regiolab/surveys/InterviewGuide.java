package org.regiolab.surveys;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An interview guide with its questions in order.
 * @param ownerName the name of its alliance or lab
 * @param interviews how many interviews were held with it
 */
public record InterviewGuide(UUID id, InterviewGuideData data, @Nullable String ownerName, List<InterviewQuestion> questions,
		int interviews) {

	public InterviewQuestion question(UUID question) {
		return questions.stream().filter(q -> q.id().equals(question)).findFirst()
			.orElseThrow(() -> org.regiolab.platform.NotFoundException.of("interview question", question));
	}
}
