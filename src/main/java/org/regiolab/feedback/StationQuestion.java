package org.regiolab.feedback;

import java.util.HashSet;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.Texts;

/**
 * A question a station asks beyond the four every station asks (rating, what works, what should
 * improve, new ideas).
 * @param key names the answer in a feedback's {@code answers}
 * @param options the choices of a {@link QuestionKind#SINGLE_CHOICE} question
 * @param min the lowest value of a {@link QuestionKind#SCALE} question
 * @param max the highest value of a {@link QuestionKind#SCALE} question
 */
public record StationQuestion(String key, String text, QuestionKind kind, List<String> options, @Nullable Integer min,
		@Nullable Integer max) {

	static final String KEY = "[a-z0-9][a-z0-9-]{0,39}";

	/** The ten statements of the System Usability Scale (Brooke 1996) in a German wording, each from 1 to 5. */
	public static final List<StationQuestion> SYSTEM_USABILITY_SCALE = List.of(
			sus(1, "Ich kann mir gut vorstellen, das System regelmäßig zu nutzen."),
			sus(2, "Ich empfinde das System als unnötig komplex."),
			sus(3, "Ich empfinde das System als einfach zu nutzen."),
			sus(4, "Ich glaube, ich würde die Hilfe einer technisch versierten Person brauchen, um das System zu nutzen."),
			sus(5, "Ich finde, dass die verschiedenen Funktionen des Systems gut integriert sind."),
			sus(6, "Ich finde, dass es im System zu viele Inkonsistenzen gibt."),
			sus(7, "Ich kann mir vorstellen, dass die meisten Leute das System schnell zu beherrschen lernen."),
			sus(8, "Ich empfinde die Bedienung als sehr umständlich."),
			sus(9, "Ich habe mich bei der Nutzung des Systems sehr sicher gefühlt."),
			sus(10, "Ich musste eine Menge Dinge lernen, bevor ich mit dem System arbeiten konnte."));

	public StationQuestion {
		options = options == null ? List.of() : List.copyOf(options);
	}

	private static StationQuestion sus(int number, String text) {
		return new StationQuestion("sus-" + number, text, QuestionKind.SCALE, List.of(), 1, 5);
	}

	/** Refuses a question no visitor could answer; {@code field} names it in the error. */
	void check(String field) {
		if (key == null || !key.matches(KEY)) {
			throw new InvalidInputException(field + ".key", "station.question.key", "A key of small letters, digits and -");
		}
		if (text == null || text.isBlank() || text.length() > 500) {
			throw new InvalidInputException(field + ".text", "station.question.text", "A question of 1 to 500 characters");
		}
		if (kind == QuestionKind.SINGLE_CHOICE) {
			List<String> choices = Texts.entries(options);
			if (choices.size() < 2 || choices.size() > 12 || new HashSet<>(choices).size() != choices.size()
					|| choices.stream().anyMatch(choice -> choice.length() > 200)) {
				throw new InvalidInputException(field + ".options", "station.question.options",
						"2 to 12 different options of at most 200 characters");
			}
		}
		else if (min == null || max == null || min >= max || max - min > 10) {
			throw new InvalidInputException(field + ".max", "station.question.scale",
					"A scale from a minimum to a larger maximum, at most 10 steps apart");
		}
	}

	StationQuestion tidy() {
		boolean choice = kind == QuestionKind.SINGLE_CHOICE;
		return new StationQuestion(key, text.strip(), kind, choice ? Texts.entries(options) : List.of(),
				choice ? null : min, choice ? null : max);
	}

	/** Whether a visitor's answer is one this question allows: one of its options, or a whole number on its scale. */
	boolean allows(@Nullable Object answer) {
		if (kind == QuestionKind.SINGLE_CHOICE) {
			return answer instanceof String choice && options.contains(choice);
		}
		return answer instanceof Integer value && min != null && max != null && value >= min && value <= max;
	}

	/** The values a scale question allows, lowest first. */
	List<Integer> scale() {
		return min == null || max == null ? List.of()
				: java.util.stream.IntStream.rangeClosed(min, max).boxed().toList();
	}
}
