package org.regiolab.surveys;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.IntStream;

/** Which pages and questions a person sees, given what they answered so far. */
final class Visibility {

	private Visibility() {
	}

	static boolean shows(SurveyDefinition definition, SurveyPage page, Map<String, Answer> answers) {
		return Conditions.holds(page.condition(), definition, answers);
	}

	/** The questions of the page that are shown, in order; a question's condition may look at the page's earlier answers. */
	static List<Question> questionsShown(SurveyDefinition definition, SurveyPage page, Map<String, Answer> answers) {
		return page.questions().stream().filter(question -> Conditions.holds(question.condition(), definition, answers)).toList();
	}

	/** The next page shown after {@code page}, if any. */
	static OptionalInt next(SurveyDefinition definition, int page, Map<String, Answer> answers) {
		return IntStream.range(page + 1, definition.pages().size())
			.filter(index -> shows(definition, definition.pages().get(index), answers))
			.findFirst();
	}

	/** The page shown before {@code page}, if any. */
	static OptionalInt previous(SurveyDefinition definition, int page, Map<String, Answer> answers) {
		return IntStream.iterate(page - 1, index -> index >= 0, index -> index - 1)
			.filter(index -> index < definition.pages().size() && shows(definition, definition.pages().get(index), answers))
			.findFirst();
	}

	/**
	 * The answers that count: those to questions shown, given the answers before them. An answer to a
	 * question that a later change of an earlier answer hid is dropped.
	 */
	static Map<String, Answer> counted(SurveyDefinition definition, Map<String, Answer> answers) {
		Map<String, Answer> counted = new LinkedHashMap<>();
		for (SurveyPage page : definition.pages()) {
			if (!shows(definition, page, counted)) {
				continue;
			}
			for (Question question : page.questions()) {
				Answer answer = answers.get(question.key());
				if (answer != null && !answer.isEmpty() && Conditions.holds(question.condition(), definition, counted)) {
					counted.put(question.key(), answer);
				}
			}
		}
		return counted;
	}
}
