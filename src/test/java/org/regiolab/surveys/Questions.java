package org.regiolab.surveys;

import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Questions and definitions as the tests write them: German only, optional and unbounded unless said. */
final class Questions {

	private Questions() {
	}

	static Question question(String key, QuestionType type, String... options) {
		return new Question(key, type, Text.german("Frage " + key), null, false, texts(options), false, null, null, null,
				List.of(), null);
	}

	static Question required(Question q) {
		return new Question(q.key(), q.type(), q.text(), q.help(), true, q.options(), q.other(), q.min(), q.max(), q.unit(),
				q.rows(), q.condition(), q.kinds());
	}

	static Question bounded(Question q, @Nullable Integer min, @Nullable Integer max) {
		return new Question(q.key(), q.type(), q.text(), q.help(), q.required(), q.options(), q.other(), min, max, q.unit(),
				q.rows(), q.condition(), q.kinds());
	}

	static Question when(Question q, String question, Condition.Operator operator, String value) {
		return new Question(q.key(), q.type(), q.text(), q.help(), q.required(), q.options(), q.other(), q.min(), q.max(),
				q.unit(), q.rows(), new Condition(question, operator, value), q.kinds());
	}

	static Question matrix(String key, int rows, String... steps) {
		return new Question(key, QuestionType.MATRIX, Text.german("Frage " + key), null, false, texts(steps), false, null,
				null, null, texts(java.util.stream.IntStream.rangeClosed(1, rows).mapToObj(row -> "Aussage " + row)
					.toArray(String[]::new)), null);
	}

	/** A file question taking the kinds up to {@code megabytes} (5 if null). */
	static Question file(String key, @Nullable Integer megabytes, FileKind... kinds) {
		return new Question(key, QuestionType.FILE, Text.german("Datei " + key), null, false, List.of(), false, null, megabytes,
				null, List.of(), null, List.of(kinds));
	}

	/** The System Usability Scale's ten statements on five steps, strongly disagree first. */
	static Question usabilityScale(String key) {
		return matrix(key, 10, "stimme gar nicht zu", "stimme nicht zu", "neutral", "stimme zu", "stimme voll zu");
	}

	static SurveyPage page(Question... questions) {
		return new SurveyPage(null, null, List.of(questions));
	}

	static SurveyPage pageWhen(String question, Condition.Operator operator, String value, Question... questions) {
		return new SurveyPage(null, new Condition(question, operator, value), List.of(questions));
	}

	static SurveyDefinition definition(SurveyPage... pages) {
		return new SurveyDefinition(List.of(pages));
	}

	static List<Text> texts(String... texts) {
		return Arrays.stream(texts).map(Text::german).toList();
	}
}
