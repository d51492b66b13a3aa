package org.regiolab.surveys;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Which operators suit which questions, and whether a condition holds for the answers given so far. */
final class Conditions {

	private Conditions() {
	}

	/** Whether the condition can be asked of the question: an operator its answers know and a value it can have. */
	static boolean fits(Question source, Condition condition) {
		String value = condition.value().strip();
		return switch (condition.operator()) {
			case IS -> switch (source.type()) {
				case SINGLE_CHOICE -> option(value, source) != null;
				case YES_NO -> "true".equals(value) || "false".equals(value);
				case SCALE, NUMBER -> number(value) != null;
				default -> false;
			};
			case CONTAINS -> switch (source.type()) {
				case MULTIPLE_CHOICE -> option(value, source) != null;
				case SHORT_TEXT, LONG_TEXT -> !value.isEmpty();
				default -> false;
			};
			case AT_LEAST -> (source.type() == QuestionType.SCALE || source.type() == QuestionType.NUMBER) && number(value) != null;
		};
	}

	/** Whether the condition holds; a question not answered (or not shown) fulfils none. */
	static boolean holds(@Nullable Condition condition, SurveyDefinition definition, Map<String, Answer> answers) {
		if (condition == null) {
			return true;
		}
		Answer answer = answers.get(condition.question());
		Question source = definition.question(condition.question()).orElse(null);
		if (answer == null || source == null) {
			return false;
		}
		String value = condition.value().strip();
		return switch (condition.operator()) {
			case IS -> switch (source.type()) {
				case YES_NO -> answer.choices().equals(List.of("true".equals(value) ? 1 : 0));
				case SCALE, NUMBER -> answer.number() != null && answer.number().compareTo(number(value)) == 0;
				default -> answer.choices().contains(option(value, source));
			};
			case CONTAINS -> source.type().isText()
					? answer.text() != null && answer.text().toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))
					: answer.choices().contains(option(value, source));
			case AT_LEAST -> answer.number() != null && answer.number().compareTo(number(value)) >= 0;
		};
	}

	private static @Nullable Integer option(String value, Question source) {
		try {
			int option = Integer.parseInt(value);
			return option >= 0 && option < source.options().size() ? option : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static @Nullable BigDecimal number(String value) {
		try {
			return value.length() > 30 ? null : new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}
}
