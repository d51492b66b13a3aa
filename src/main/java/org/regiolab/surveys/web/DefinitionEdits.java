package org.regiolab.surveys.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.regiolab.platform.InvalidInputException;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.SurveyPage;

/** The builder's changes to a survey's pages and questions; the module checks the result as a whole. */
final class DefinitionEdits {

	private DefinitionEdits() {
	}

	/** The first key of the form q1, q2, … that the survey does not use. */
	static String freeKey(SurveyDefinition definition) {
		Set<String> taken = definition.questions().stream().map(Question::key).collect(Collectors.toSet());
		int n = taken.size() + 1;
		while (taken.contains("q" + n)) {
			n++;
		}
		return "q" + n;
	}

	static SurveyDefinition add(SurveyDefinition definition, int page, Question question) {
		List<List<Question>> pages = pages(definition);
		pages.get(index(pages, page)).add(question);
		return of(definition, pages);
	}

	/** Replaces the question, on the page given: the same page keeps its place, another puts it at the end. */
	static SurveyDefinition replace(SurveyDefinition definition, String key, int page, Question question) {
		List<List<Question>> pages = pages(definition);
		int from = definition.pageOf(key);
		int to = index(pages, page);
		if (from == to) {
			List<Question> questions = pages.get(from);
			questions.set(position(questions, key), question);
		}
		else {
			pages.get(from).remove(position(pages.get(from), key));
			pages.get(to).add(question);
		}
		return of(definition, pages);
	}

	static SurveyDefinition remove(SurveyDefinition definition, String key) {
		List<List<Question>> pages = pages(definition);
		pages.forEach(questions -> questions.removeIf(question -> question.key().equals(key)));
		return of(definition, pages);
	}

	/** Moves a question up (-1) or down (+1); past the first or last of its page it goes to the page before or after. */
	static SurveyDefinition move(SurveyDefinition definition, String key, int by) {
		List<List<Question>> pages = pages(definition);
		int page = definition.pageOf(key);
		if (page < 0) {
			return definition;
		}
		List<Question> questions = pages.get(page);
		int at = position(questions, key);
		int to = at + Integer.signum(by);
		if (to >= 0 && to < questions.size()) {
			questions.add(to, questions.remove(at));
		}
		else if (to < 0 && page > 0) {
			pages.get(page - 1).add(questions.remove(at));
		}
		else if (to >= questions.size() && page + 1 < pages.size()) {
			pages.get(page + 1).add(0, questions.remove(at));
		}
		return of(definition, pages);
	}

	static SurveyDefinition addPage(SurveyDefinition definition) {
		List<SurveyPage> pages = new ArrayList<>(definition.pages());
		pages.add(new SurveyPage(null, null, List.of()));
		return new SurveyDefinition(pages);
	}

	/** Removes a page with its questions; the last page stays. */
	static SurveyDefinition removePage(SurveyDefinition definition, int page) {
		if (page < 0 || page >= definition.pages().size() || definition.pages().size() == 1) {
			throw new InvalidInputException("pages", "survey.pages.empty", "A survey keeps at least one page");
		}
		List<SurveyPage> pages = new ArrayList<>(definition.pages());
		pages.remove(page);
		return new SurveyDefinition(pages);
	}

	private static List<List<Question>> pages(SurveyDefinition definition) {
		return definition.pages().stream().map(page -> (List<Question>) new ArrayList<>(page.questions())).collect(Collectors.toList());
	}

	private static SurveyDefinition of(SurveyDefinition definition, List<List<Question>> questions) {
		List<SurveyPage> pages = new ArrayList<>();
		for (int page = 0; page < questions.size(); page++) {
			SurveyPage before = definition.pages().get(page);
			pages.add(new SurveyPage(before.title(), before.condition(), questions.get(page)));
		}
		return new SurveyDefinition(pages);
	}

	private static int index(List<List<Question>> pages, int page) {
		return Math.min(Math.max(page, 0), pages.size() - 1);
	}

	private static int position(List<Question> questions, String key) {
		for (int i = 0; i < questions.size(); i++) {
			if (questions.get(i).key().equals(key)) {
				return i;
			}
		}
		throw new IllegalArgumentException("No question " + key + " on the page");
	}
}
