package org.regiolab.surveys;

import java.util.List;
import java.util.Objects;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One question of a survey.
 * @param key its name within the survey, which answers and conditions refer to; never changes
 * @param options the choices, the scale's steps of a matrix, or the items of a ranking; options are
 *        referred to by their position, so once answered they are only ever added at the end
 * @param other whether a choice offers "other: …" with a text
 * @param min the fewest picks of a multiple choice, or the smallest number
 * @param max the most picks of a multiple choice, the largest number, or a file's largest size in MB
 * @param unit of a number, e.g. "Beschäftigte"
 * @param rows of a matrix
 * @param condition when the question is shown; always if null
 * @param kinds what a file question accepts
 */
@NamedInterface("api")
public record Question(String key, QuestionType type, Text text, @Nullable Text help, boolean required,
		List<Text> options, boolean other, @Nullable Integer min, @Nullable Integer max, @Nullable String unit,
		List<Text> rows, @Nullable Condition condition, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FileKind> kinds) {

	/** A file question's largest size in MB when none is given. */
	public static final int FILE_MEGABYTES = 5;

	public Question {
		options = options == null ? List.of() : List.copyOf(options);
		kinds = kinds == null ? List.of() : kinds.stream().filter(Objects::nonNull).distinct().toList();
		rows = rows == null ? List.of() : List.copyOf(rows);
		help = help == null || help.isBlank() ? null : help;
		unit = unit == null || unit.isBlank() ? null : Plain.text(unit).strip();
	}

	/** A question that is not about files. */
	public Question(String key, QuestionType type, Text text, @Nullable Text help, boolean required, List<Text> options,
			boolean other, @Nullable Integer min, @Nullable Integer max, @Nullable String unit, List<Text> rows,
			@Nullable Condition condition) {
		this(key, type, text, help, required, options, other, min, max, unit, rows, condition, List.of());
	}

	/** As JSON: {@code required} and {@code other} may be left out and then are false. */
	@JsonCreator
	static Question fromJson(@JsonProperty("key") String key, @JsonProperty("type") QuestionType type,
			@JsonProperty("text") Text text, @JsonProperty("help") @Nullable Text help,
			@JsonProperty("required") @Nullable Boolean required, @JsonProperty("options") @Nullable List<Text> options,
			@JsonProperty("other") @Nullable Boolean other, @JsonProperty("min") @Nullable Integer min,
			@JsonProperty("max") @Nullable Integer max, @JsonProperty("unit") @Nullable String unit,
			@JsonProperty("rows") @Nullable List<Text> rows, @JsonProperty("condition") @Nullable Condition condition,
			@JsonProperty("kinds") @Nullable List<FileKind> kinds) {
		return new Question(key == null ? "" : key, type, text, help, Boolean.TRUE.equals(required), options,
				Boolean.TRUE.equals(other), min, max, unit, rows, condition, kinds);
	}

	/** The net promoter score is asked as a 0–10 scale, so every scale has one. */
	public boolean isScale() {
		return type == QuestionType.SCALE;
	}

	/** The largest file a file question takes, in bytes. */
	public long largestFile() {
		return (max == null ? FILE_MEGABYTES : max) * 1024L * 1024L;
	}
}
