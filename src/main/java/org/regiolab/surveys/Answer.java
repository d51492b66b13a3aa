package org.regiolab.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The answer to one question; which fields count depends on the question's type.
 * @param choices the options picked (their positions): one for a single choice, any number for a
 *        multiple choice; yes/no answers 1 for yes and 0 for no
 * @param other the text of "other: …"
 * @param items a matrix's step per row, or a ranking's rank (1 for the first) per option; keyed by the
 *        row's or option's position
 * @param number a scale's or a number question's value
 * @param file a file question's file
 */
@NamedInterface("api")
public record Answer(@Nullable List<Integer> choices, @Nullable String other, @Nullable Map<Integer, Integer> items,
		@Nullable BigDecimal number, @Nullable LocalDate date, @Nullable String text, @Nullable AnswerFile file) {

	public Answer {
		choices = choices == null ? List.of() : List.copyOf(choices);
		items = items == null ? Map.of() : Map.copyOf(items);
		other = other == null || other.isBlank() ? null : Plain.text(other).strip();
		text = text == null || text.isBlank() ? null : Plain.text(text).strip();
	}

	/** An answer that is not a file. */
	public Answer(@Nullable List<Integer> choices, @Nullable String other, @Nullable Map<Integer, Integer> items,
			@Nullable BigDecimal number, @Nullable LocalDate date, @Nullable String text) {
		this(choices, other, items, number, date, text, null);
	}

	public static Answer file(AnswerFile file) {
		return new Answer(null, null, null, null, null, null, file);
	}

	public static Answer choice(int option) {
		return new Answer(List.of(option), null, null, null, null, null);
	}

	public static Answer choices(List<Integer> options) {
		return new Answer(options, null, null, null, null, null);
	}

	public static Answer number(double value) {
		return new Answer(null, null, null, BigDecimal.valueOf(value), null, null);
	}

	public static Answer text(String text) {
		return new Answer(null, null, null, null, null, text);
	}

	public static Answer items(Map<Integer, Integer> items) {
		return new Answer(null, null, items, null, null, null);
	}

	public static Answer yes(boolean yes) {
		return choice(yes ? 1 : 0);
	}

	/** Whether nothing was answered. */
	public boolean isEmpty() {
		return choices.isEmpty() && other == null && items.isEmpty() && number == null && date == null && text == null
				&& file == null;
	}
}
