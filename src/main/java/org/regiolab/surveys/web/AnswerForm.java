package org.regiolab.surveys.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.Answer;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.SurveyPage;
import org.regiolab.surveys.Upload;

import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;

/**
 * A page of answers as the answer page posts it, without JavaScript: {@code q.<key>} for a choice, a
 * scale, a number, a date or a text (several values for a multiple choice), {@code q.<key>.other} for
 * "other: …", {@code q.<key>.<n>} for a matrix's row n or a ranking's option n, and for a file
 * question the file as {@code q.<key>} and {@code q.<key>.remove} to remove the one kept. The same
 * shape, made from saved answers, fills the page again; a kept file stays unless replaced or removed.
 */
final class AnswerForm {

	static final String OTHER = "other";
	private static final DateTimeFormatter GERMAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

	/** The page's answers, and for what could not even be read (a word in a number field) the message key. */
	record Parsed(Map<String, Answer> answers, Map<String, String> errors) {
	}

	private AnswerForm() {
	}

	static Parsed parse(SurveyPage page, MultiValueMap<String, String> form, Map<String, Answer> saved) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		for (Question question : page.questions()) {
			String name = "q." + question.key();
			List<String> values = form.getOrDefault(name, List.of()).stream().filter(value -> !value.isBlank()).toList();
			String first = values.isEmpty() ? null : values.get(0).strip();
			String other = values.contains(OTHER) ? form.getFirst(name + ".other") : null;
			try {
				Answer answer = switch (question.type()) {
					case SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO -> new Answer(numbers(values), other, null, null, null, null);
					case MATRIX -> Answer.items(items(form, name, question.rows().size()));
					case RANKING -> Answer.items(items(form, name, question.options().size()));
					case SCALE, NUMBER -> first == null ? null : new Answer(null, null, null, number(first), null, null);
					case DATE -> first == null ? null : new Answer(null, null, null, null, date(first), null);
					case SHORT_TEXT, LONG_TEXT -> first == null ? null : Answer.text(first);
					case FILE -> form.containsKey(name + ".remove") ? null : saved.get(question.key());
				};
				if (answer != null && !answer.isEmpty()) {
					answers.put(question.key(), answer);
				}
			}
			catch (NumberFormatException | DateTimeParseException ex) {
				errors.put(question.key(), question.type() == QuestionType.DATE ? "survey.answer.date"
						: "survey.answer.number");
			}
		}
		return new Parsed(answers, errors);
	}

	/** The files chosen on the page, by question key; a file input left empty sends a file without name or bytes. */
	static Map<String, Upload> uploads(SurveyPage page, MultiValueMap<String, MultipartFile> files) {
		Map<String, Upload> uploads = new HashMap<>();
		for (Question question : page.questions()) {
			MultipartFile file = files.getFirst("q." + question.key());
			if (question.type() == QuestionType.FILE && file != null && !file.isEmpty()) {
				try {
					uploads.put(question.key(), new Upload(Objects.requireNonNullElse(file.getOriginalFilename(), ""), file.getBytes()));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
		}
		return uploads;
	}

	/** Saved answers as the page's fields, to fill them again. */
	static Map<String, List<String>> fields(Map<String, Answer> answers) {
		Map<String, List<String>> fields = new HashMap<>();
		answers.forEach((key, answer) -> {
			String name = "q." + key;
			List<String> values = new ArrayList<>(answer.choices().stream().map(String::valueOf).toList());
			if (answer.other() != null) {
				values.add(OTHER);
				fields.put(name + ".other", List.of(answer.other()));
			}
			if (answer.number() != null) {
				values.add(answer.number().stripTrailingZeros().toPlainString().replace('.', ','));
			}
			if (answer.date() != null) {
				values.add(answer.date().toString());
			}
			if (answer.text() != null) {
				values.add(answer.text());
			}
			answer.items().forEach((item, value) -> fields.put(name + "." + item, List.of(String.valueOf(value))));
			fields.put(name, values);
		});
		return fields;
	}

	/** The page's fields as posted, to show them again next to their errors. */
	static Map<String, List<String>> fields(MultiValueMap<String, String> form) {
		Map<String, List<String>> fields = new HashMap<>();
		form.forEach((name, values) -> {
			if (name.startsWith("q.")) {
				fields.put(name, values);
			}
		});
		return fields;
	}

	private static List<Integer> numbers(List<String> values) {
		return values.stream().filter(value -> !OTHER.equals(value)).map(value -> Integer.valueOf(value.strip())).toList();
	}

	private static Map<Integer, Integer> items(MultiValueMap<String, String> form, String name, int count) {
		Map<Integer, Integer> items = new HashMap<>();
		for (int item = 0; item < count; item++) {
			String value = form.getFirst(name + "." + item);
			if (value != null && !value.isBlank()) {
				items.put(item, Integer.valueOf(value.strip()));
			}
		}
		return items;
	}

	// people write 12,5 as well as 12.5; with a comma, points group thousands (1.234,5)
	private static BigDecimal number(String value) {
		String plain = value.replace(" ", "").replace("\u00a0", "");
		if (plain.contains(",")) {
			plain = plain.replace(".", "").replace(',', '.');
		}
		if (plain.length() > 40) {
			throw new NumberFormatException("too long");
		}
		return new BigDecimal(plain);
	}

	private static @Nullable LocalDate date(String value) {
		return value.contains(".") ? LocalDate.parse(value, GERMAN_DATE) : LocalDate.parse(value);
	}
}
