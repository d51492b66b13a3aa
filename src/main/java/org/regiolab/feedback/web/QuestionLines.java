package org.regiolab.feedback.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.regiolab.feedback.QuestionKind;
import org.regiolab.feedback.StationQuestion;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.Slug;

/**
 * A station's own questions as the form writes them, one a line: a choice question as
 * {@code Frage | Antwort | Antwort …}, a scale as {@code Frage | 1-5}. Each question's key comes
 * from its wording, so rewording a question starts its answers afresh.
 */
final class QuestionLines {

	private static final Pattern SCALE = Pattern.compile("(-?\\d{1,2})\\s*[-–]\\s*(-?\\d{1,2})");

	private QuestionLines() {
	}

	/** @throws InvalidInputException naming {@code questions} with the line's number in the message key's argument */
	static List<StationQuestion> parse(String text) {
		List<StationQuestion> questions = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			// -1 keeps empty parts, so a line of only bars is a line without a question, not no line at all
			String[] parts = line.split("\\|", -1);
			String question = parts[0].strip();
			if (parts.length < 2 || question.isEmpty()) {
				throw new InvalidInputException("questions", "station.questions.line", "Frage | Antwort | Antwort");
			}
			String key = unique(Slug.of(question, 36), keys);
			Matcher scale = SCALE.matcher(parts[1].strip());
			if (parts.length == 2 && scale.matches()) {
				questions.add(new StationQuestion(key, question, QuestionKind.SCALE, List.of(),
						Integer.parseInt(scale.group(1)), Integer.parseInt(scale.group(2))));
			}
			else {
				List<String> options = new ArrayList<>();
				for (int i = 1; i < parts.length; i++) {
					options.add(parts[i].strip());
				}
				questions.add(new StationQuestion(key, question, QuestionKind.SINGLE_CHOICE, options, null, null));
			}
		}
		return questions;
	}

	static String format(List<StationQuestion> questions) {
		StringBuilder text = new StringBuilder();
		for (StationQuestion question : questions) {
			text.append(question.text());
			if (question.kind() == QuestionKind.SCALE) {
				text.append(" | ").append(question.min()).append('-').append(question.max());
			}
			else {
				question.options().forEach(option -> text.append(" | ").append(option));
			}
			text.append('\n');
		}
		return text.toString();
	}

	private static String unique(String slug, Set<String> keys) {
		String base = slug.isEmpty() ? "frage" : slug;
		String key = base;
		for (int n = 2; !keys.add(key); n++) {
			key = base + "-" + n;
		}
		return key;
	}
}
