package org.regiolab.surveys;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
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

	/** Whether a condition holds for the answers given so far; no condition always holds. */
	public boolean holds(@Nullable Condition condition, Map<String, Answer> answers) {
		return Conditions.holds(condition, this, answers);
	}

	/** The page a question is asked on, or -1. */
	public int pageOf(String key) {
		for (int page = 0; page < pages.size(); page++) {
			if (pages.get(page).questions().stream().anyMatch(question -> question.key().equals(key))) {
				return page;
			}
		}
		return -1;
	}

	public Optional<Question> question(String key) {
		return questions().stream().filter(question -> question.key().equals(key)).findFirst();
	}
}
