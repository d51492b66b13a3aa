package org.regiolab.surveys;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Where a person stands in a survey they reached through their link.
 * @param invitation the invitation the link belongs to; null for the public link
 * @param answered whether their response was submitted
 * @param page the page to show next
 * @param answers what they answered so far, by question key
 */
@NamedInterface("api")
public record Visit(Survey survey, @Nullable UUID invitation, boolean answered, int page, Map<String, Answer> answers) {

	public Visit {
		answers = Map.copyOf(answers);
	}
}
