package org.regiolab.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Whether an answer fits its question: the message key of what is wrong, or nothing. */
final class AnswerCheck {

	static final int MAX_SHORT_TEXT = 500;
	static final int MAX_LONG_TEXT = 10_000;
	static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);
	static final LocalDate LAST_DAY = LocalDate.of(2199, 12, 31);
	private static final BigDecimal LARGEST = new BigDecimal("1000000000000");

	private AnswerCheck() {
	}

	static Optional<String> check(Question question, @Nullable Answer answer) {
		if (answer == null || answer.isEmpty()) {
			return question.required() ? Optional.of("survey.answer.required") : Optional.empty();
		}
		if (answer.file() != null && question.type() != QuestionType.FILE) {
			return Optional.of("survey.answer.file.none");
		}
		return Optional.ofNullable(switch (question.type()) {
			case SINGLE_CHOICE -> single(question, answer);
			case MULTIPLE_CHOICE -> multiple(question, answer);
			case MATRIX -> matrix(question, answer);
			case RANKING -> ranking(question, answer);
			case SCALE -> answer.number() == null || !whole(answer.number()) || answer.number().signum() < 0
					|| answer.number().compareTo(BigDecimal.TEN) > 0 ? "survey.answer.scale" : null;
			case NUMBER -> number(question, answer.number());
			case DATE -> answer.date() == null || answer.date().isBefore(FIRST_DAY) || answer.date().isAfter(LAST_DAY)
					? "survey.answer.date" : null;
			case SHORT_TEXT -> text(answer.text(), MAX_SHORT_TEXT);
			case LONG_TEXT -> text(answer.text(), MAX_LONG_TEXT);
			case YES_NO -> answer.choices().equals(List.of(0)) || answer.choices().equals(List.of(1)) ? null
					: "survey.answer.choice";
			case FILE -> FileCheck.stored(question, answer);
		});
	}

	private static @Nullable String single(Question question, Answer answer) {
		if (answer.choices().isEmpty() && answer.other() != null && question.other()) {
			return text(answer.other(), MAX_SHORT_TEXT);
		}
		if (answer.choices().size() != 1 || !options(question, answer.choices()) || answer.other() != null) {
			return "survey.answer.choice";
		}
		return null;
	}

	private static @Nullable String multiple(Question question, Answer answer) {
		if (!options(question, answer.choices()) || new HashSet<>(answer.choices()).size() != answer.choices().size()
				|| answer.other() != null && !question.other()) {
			return "survey.answer.choice";
		}
		int picks = answer.choices().size() + (answer.other() == null ? 0 : 1);
		if (question.min() != null && picks < question.min()) {
			return "survey.answer.picks.few";
		}
		if (question.max() != null && picks > question.max()) {
			return "survey.answer.picks.many";
		}
		return answer.other() == null ? null : text(answer.other(), MAX_SHORT_TEXT);
	}

	private static @Nullable String matrix(Question question, Answer answer) {
		for (Map.Entry<Integer, Integer> row : answer.items().entrySet()) {
			if (row.getKey() < 0 || row.getKey() >= question.rows().size() || row.getValue() < 0
					|| row.getValue() >= question.options().size()) {
				return "survey.answer.choice";
			}
		}
		return question.required() && answer.items().size() < question.rows().size() ? "survey.answer.rows" : null;
	}

	private static @Nullable String ranking(Question question, Answer answer) {
		int size = question.options().size();
		boolean complete = answer.items().size() == size
				&& answer.items().keySet().stream().allMatch(option -> option >= 0 && option < size)
				&& new HashSet<>(answer.items().values()).size() == size
				&& answer.items().values().stream().allMatch(rank -> rank >= 1 && rank <= size);
		return complete ? null : "survey.answer.ranking";
	}

	private static @Nullable String number(Question question, @Nullable BigDecimal number) {
		if (number == null || number.abs().compareTo(LARGEST) >= 0 || number.scale() > 4) {
			return "survey.answer.number";
		}
		if (question.min() != null && number.compareTo(BigDecimal.valueOf(question.min())) < 0
				|| question.max() != null && number.compareTo(BigDecimal.valueOf(question.max())) > 0) {
			return "survey.answer.number.range";
		}
		return null;
	}

	private static @Nullable String text(@Nullable String text, int max) {
		return text == null || text.length() > max || text.indexOf('\0') >= 0 ? "survey.answer.text" : null;
	}

	private static boolean options(Question question, List<Integer> choices) {
		return choices.stream().allMatch(choice -> choice != null && choice >= 0 && choice < question.options().size());
	}

	private static boolean whole(BigDecimal number) {
		return number.stripTrailingZeros().scale() <= 0;
	}
}
