package org.regiolab.surveys;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.regiolab.platform.InvalidInputException;

/**
 * The rules a survey's questions keep, with the field at fault named as the API names it
 * ({@code pages[1].questions[0].options}). A condition may only refer to a question asked before the
 * one it shows (or before the page), which also rules out cycles.
 */
final class DefinitionCheck {

	static final int MAX_QUESTIONS = 200;
	static final int MAX_OPTIONS = 50;
	static final int MAX_TEXT = 2000;
	/** The largest file a file question may take, in MB; the server's multipart limit leaves room above it. */
	static final int MAX_FILE_MEGABYTES = 10;
	private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0,39}");

	private DefinitionCheck() {
	}

	static void check(SurveyDefinition definition) {
		if (definition.pages().isEmpty()) {
			throw refuse("pages", "survey.pages.empty");
		}
		if (definition.questions().size() > MAX_QUESTIONS) {
			throw refuse("pages", "survey.questions.too-many");
		}
		Map<String, Question> asked = new HashMap<>();
		Set<String> keys = new HashSet<>();
		for (int p = 0; p < definition.pages().size(); p++) {
			SurveyPage page = definition.pages().get(p);
			String pageField = "pages[" + p + "]";
			if (page.title() != null) {
				length(pageField + ".title", page.title());
			}
			if (page.condition() != null) {
				condition(pageField + ".condition", page.condition(), asked);
			}
			Map<String, Question> before = new HashMap<>(asked);
			for (int q = 0; q < page.questions().size(); q++) {
				Question question = page.questions().get(q);
				String field = pageField + ".questions[" + q + "]";
				if (question.key() == null || !KEY.matcher(question.key()).matches()) {
					throw refuse(field + ".key", "survey.question.key");
				}
				if (!keys.add(question.key())) {
					throw refuse(field + ".key", "survey.question.key.taken");
				}
				question(field, question);
				if (question.condition() != null) {
					// a question's condition may look at earlier questions of its own page as well
					condition(field + ".condition", question.condition(), before);
				}
				before.put(question.key(), question);
			}
			asked.putAll(before);
		}
	}

	/** Refuses a change that would give answers already given another meaning. */
	static void checkChange(SurveyDefinition before, SurveyDefinition after) {
		for (Question old : before.questions()) {
			Question now = after.question(old.key())
				.orElseThrow(() -> refuse("pages", "survey.answered.question-removed"));
			String field = field(after, old.key());
			if (now.type() != old.type()) {
				throw refuse(field + ".type", "survey.answered.type");
			}
			if (now.options().size() < old.options().size() || now.rows().size() < old.rows().size()) {
				throw refuse(field + ".options", "survey.answered.options-removed");
			}
		}
	}

	private static void question(String field, Question question) {
		if (question.type() == null) {
			throw refuse(field + ".type", "survey.question.type");
		}
		if (question.text() == null || question.text().isBlank()) {
			throw refuse(field + ".text", "survey.question.text");
		}
		length(field + ".text", question.text());
		if (question.help() != null) {
			length(field + ".help", question.help());
		}
		QuestionType type = question.type();
		if (type.hasOptions() && question.options().size() < (type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE ? 1 : 2)) {
			throw refuse(field + ".options", "survey.question.options");
		}
		if (!type.hasOptions() && !question.options().isEmpty()) {
			throw refuse(field + ".options", "survey.question.options.none");
		}
		if (question.options().size() > MAX_OPTIONS || question.rows().size() > MAX_OPTIONS) {
			throw refuse(field + ".options", "survey.question.options.too-many");
		}
		for (Text option : question.options()) {
			if (option == null || option.isBlank()) {
				throw refuse(field + ".options", "survey.question.options.blank");
			}
			length(field + ".options", option);
		}
		if (type == QuestionType.MATRIX && question.rows().isEmpty()) {
			throw refuse(field + ".rows", "survey.question.rows");
		}
		if (type != QuestionType.MATRIX && !question.rows().isEmpty()) {
			throw refuse(field + ".rows", "survey.question.rows.none");
		}
		for (Text row : question.rows()) {
			if (row == null || row.isBlank()) {
				throw refuse(field + ".rows", "survey.question.options.blank");
			}
			length(field + ".rows", row);
		}
		if (question.other() && !type.isChoice() || question.other() && type == QuestionType.YES_NO) {
			throw refuse(field + ".other", "survey.question.other");
		}
		bounds(field, question);
		if (type == QuestionType.FILE && question.kinds().isEmpty()) {
			throw refuse(field + ".kinds", "survey.question.kinds");
		}
		if (type != QuestionType.FILE && !question.kinds().isEmpty()) {
			throw refuse(field + ".kinds", "survey.question.kinds.none");
		}
	}

	private static void bounds(String field, Question question) {
		Integer min = question.min();
		Integer max = question.max();
		boolean bounded = question.type() == QuestionType.MULTIPLE_CHOICE || question.type() == QuestionType.NUMBER;
		if (!bounded && (min != null || max != null && question.type() != QuestionType.FILE)) {
			throw refuse(field + ".min", "survey.question.bounds.none");
		}
		if (question.type() == QuestionType.FILE && max != null && (max < 1 || max > MAX_FILE_MEGABYTES)) {
			throw refuse(field + ".max", "survey.question.file-size");
		}
		if (min != null && max != null && min > max) {
			throw refuse(field + ".min", "survey.question.min-above-max");
		}
		if (question.type() == QuestionType.MULTIPLE_CHOICE) {
			int picks = question.options().size() + (question.other() ? 1 : 0);
			if (min != null && (min < 0 || min > picks)) {
				throw refuse(field + ".min", "survey.question.picks");
			}
			if (max != null && (max < 1 || max > picks)) {
				throw refuse(field + ".max", "survey.question.picks");
			}
		}
		if (question.unit() != null && (question.type() != QuestionType.NUMBER || question.unit().length() > 50)) {
			throw refuse(field + ".unit", "survey.question.unit");
		}
	}

	private static void condition(String field, Condition condition, Map<String, Question> earlier) {
		if (condition.question() == null || condition.operator() == null || condition.value() == null) {
			throw refuse(field, "survey.condition.incomplete");
		}
		Question source = earlier.get(condition.question());
		if (source == null) {
			throw refuse(field + ".question", "survey.condition.later");
		}
		if (!Conditions.fits(source, condition)) {
			throw refuse(field + ".value", "survey.condition.value");
		}
	}

	private static void length(String field, Text text) {
		if (text.de().length() > MAX_TEXT || text.en() != null && text.en().length() > MAX_TEXT) {
			throw refuse(field, "survey.text.too-long");
		}
	}

	/** Where a question stands, as the API names it. */
	static String field(SurveyDefinition definition, String key) {
		List<SurveyPage> pages = definition.pages();
		for (int p = 0; p < pages.size(); p++) {
			for (int q = 0; q < pages.get(p).questions().size(); q++) {
				if (pages.get(p).questions().get(q).key().equals(key)) {
					return "pages[" + p + "].questions[" + q + "]";
				}
			}
		}
		return "pages";
	}

	private static InvalidInputException refuse(String field, String key) {
		return new InvalidInputException(field, key, "Survey refused at " + field + ": " + key);
	}
}
