package org.regiolab.surveys;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A page (section) of a survey; answers are saved page by page.
 * @param condition when the page is shown; always if null
 */
@NamedInterface("api")
public record SurveyPage(@Nullable Text title, @Nullable Condition condition, List<Question> questions) {

	public SurveyPage {
		questions = questions == null ? List.of() : List.copyOf(questions);
		title = title == null || title.isBlank() ? null : title;
	}
}
