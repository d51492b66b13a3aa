package org.regiolab.surveys;

import java.util.List;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/** A survey's pages with their questions, in the order they are asked. */
@NamedInterface("api")
public record SurveyDefinition(List<SurveyPage> pages) {

	public SurveyDefinition {
		pages = pages == null ? List.of() : List.copyOf(pages);
	}

	public static SurveyDefinition empty() {
		return new SurveyDefinition(List.of(new SurveyPage(null, null, List.of())));
	}

	/** Every question in the order asked. */
	public List<Question> questions() {
		return pages.stream().flatMap(page -> page.questions().stream()).toList();
	}

	public Optional<Question> question(String key) {
		return questions().stream().filter(question -> question.key().equals(key)).findFirst();
	}
}
