package org.regiolab.surveys.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.Answer;
import org.regiolab.surveys.Condition;
import org.regiolab.surveys.FileKind;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.Text;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The questions an answer page shows. A question whose condition looks at an earlier page is shown
 * only if it holds; one whose condition looks at its own page is shown with a note saying when to
 * answer it, because without JavaScript the page cannot hide it while one types; the module checks
 * and keeps its answer only if the condition holds.
 * @param conditionNote the note, or null
 * @param fileHint what a file question accepts, such as »PDF oder Word (DOCX), höchstens 5 MB«; null for other questions
 */
record QuestionsShown(Question question, @Nullable String conditionNote, @Nullable String fileHint) {

	static List<QuestionsShown> of(SurveyDefinition definition, int page, Map<String, Answer> answers,
			MessageSourceAccessor messages) {
		List<QuestionsShown> shown = new ArrayList<>();
		for (Question question : definition.pages().get(page).questions()) {
			Condition condition = question.condition();
			String fileHint = question.type() == QuestionType.FILE ? fileHint(question, messages) : null;
			if (condition != null && definition.pageOf(condition.question()) == page) {
				shown.add(new QuestionsShown(question, note(definition, condition, messages), fileHint));
			}
			else if (definition.holds(condition, answers)) {
				shown.add(new QuestionsShown(question, null, fileHint));
			}
		}
		return shown;
	}

	private static String note(SurveyDefinition definition, Condition condition, MessageSourceAccessor messages) {
		Question source = definition.question(condition.question()).orElseThrow();
		var locale = LocaleContextHolder.getLocale();
		String value = condition.value();
		if (source.type() == QuestionType.YES_NO) {
			value = messages.getMessage("true".equals(value) ? "answer.yes" : "answer.no");
		}
		else if (source.type().hasOptions()) {
			value = source.options().get(Integer.parseInt(value)).in(locale);
		}
		return messages.getMessage("answer.condition." + condition.operator().name().toLowerCase(java.util.Locale.ROOT),
				new Object[] { source.text().in(locale), value });
	}

	private static String fileHint(Question question, MessageSourceAccessor messages) {
		String kinds = question.kinds().stream()
			.map(kind -> messages.getMessage("file.kind." + kind))
			.collect(Collectors.joining(messages.getMessage("file.kind.or")));
		return messages.getMessage("answer.file.hint", new Object[] { kinds, question.largestFile() / (1024 * 1024) });
	}

	/** What a file question's input offers in the browser's file dialogue; the content decides what is kept. */
	public String accept() {
		return question.kinds().stream().map(FileKind::endings).collect(Collectors.joining(","));
	}

	/** The question's text in the reader's language. */
	String text() {
		return question.text().in(LocaleContextHolder.getLocale());
	}

	static String in(Text text) {
		return text.in(LocaleContextHolder.getLocale());
	}
}
