package org.regiolab.surveys;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import org.regiolab.feedback.TextThemes;
import org.regiolab.feedback.Theme;
import org.regiolab.surveys.SurveyResult.ResultFigures;
import org.regiolab.surveys.SurveyResult.MatrixRow;
import org.regiolab.surveys.SurveyResult.OptionCount;
import org.regiolab.surveys.SurveyResult.QuestionResult;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A survey's results, counted live from the submitted responses: a multiple choice counts each option
 * picked (not each combination), a matrix each row's steps, a ranking each option's ranks. The counting
 * runs over the survey's {@link AnswerTable} in memory, under any filter; free texts and their themes
 * are read from the database once per survey, filter and number of responses.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class SurveyResults {

	/** Free texts listed per question; the themes are found in all of them. */
	static final int TEXTS_LISTED = 50;
	private static final int THEMES = 8;
	/** Texts kept for as many surveys under a filter. */
	private static final int TEXTS_KEPT = 64;

	private record Key(String question, int item) {
	}

	private record Tally(Map<Key, Map<Integer, Long>> choices, Map<String, Long> answered, Map<String, ResultFigures> figures,
			Map<String, Double> sus) {
	}

	/** A question's texts as results show them: the newest listed, every "other" text, the themes of all. */
	private record Texts(List<String> listed, List<String> others, List<Theme> themes) {

		static final Texts NONE = new Texts(List.of(), List.of(), List.of());
	}

	/**
	 * What decides a survey's texts under a filter: responses are never changed once submitted, so while
	 * their number and the questions stay, so do the texts.
	 */
	private record TextsKey(UUID survey, ResultFilter filter, long responses, SurveyDefinition definition) {
	}

	private final JdbcClient jdbc;
	private final Surveys surveys;
	private final AnswerTables tables;
	private final TextThemes themes;
	/**
	 * The texts of the surveys and filters asked for lately. Reading thousands of texts and finding their
	 * themes costs more than counting all the rest, and they change only with a new response, which
	 * makes a new key; the least recently asked are dropped first.
	 */
	private final Map<TextsKey, Map<String, Texts>> textsKept = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<TextsKey, Map<String, Texts>> eldest) {
			return size() > TEXTS_KEPT;
		}
	});

	SurveyResults(JdbcClient jdbc, Surveys surveys, AnswerTables tables, TextThemes themes) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.tables = tables;
		this.themes = themes;
	}

	public SurveyResult of(UUID id, ResultFilter filter, Locale locale) {
		Survey survey = surveys.loadUncounted(id);
		AnswerTable table = tables.of(id);
		BitSet selected = table.select(filter);
		long responses = selected.cardinality();
		if (survey.data().anonymous() && !filter.isEmpty() && responses < SurveyResult.SMALLEST_BREAKDOWN) {
			return new SurveyResult(id, responses, survey.invitations(), true, filter, List.of(), List.of());
		}
		SurveyDefinition definition = survey.data().definition();
		Tally tally = tally(table, selected, definition);
		TextsKey key = new TextsKey(id, filter, responses, definition);
		Map<String, Texts> texts = textsKept.get(key);
		if (texts == null) {
			texts = texts(ResultScope.of(id, filter), definition);
			textsKept.put(key, texts);
		}
		Map<String, Texts> known = texts;
		List<QuestionResult> questions = definition.questions().stream()
			.map(question -> result(question, tally, known.getOrDefault(question.key(), Texts.NONE), locale))
			.toList();
		return new SurveyResult(id, responses, survey.invitations(), false, filter, questions, table.days(selected));
	}

	private static Tally tally(AnswerTable table, BitSet selected, SurveyDefinition definition) {
		AnswerTable.Tally counted = table.tally(selected);
		Map<Key, Map<Integer, Long>> choices = new HashMap<>();
		counted.cells().forEach((cell, count) -> choices.computeIfAbsent(new Key(cell.question(), cell.item()), key -> new HashMap<>())
			.put(cell.choice(), count));
		Map<String, ResultFigures> figures = new HashMap<>(counted.numbers());
		definition.questions().stream().filter(Question::isScale).forEach(question -> figures.put(question.key(),
				ScaleFigures.of(choices.getOrDefault(new Key(question.key(), -1), Map.of()))));
		Map<String, Double> sus = new HashMap<>();
		definition.questions().stream().filter(UsabilityScale::isAsked).forEach(question -> {
			Double score = table.usability(question.key(), selected);
			if (score != null) {
				sus.put(question.key(), score);
			}
		});
		return new Tally(choices, counted.answered(), figures, sus);
	}

	private Map<String, Texts> texts(ResultScope scope, SurveyDefinition definition) {
		MapSqlParameterSource parameters = scope.parameters();
		Map<String, List<String>> texts = new HashMap<>();
		Map<String, List<String>> others = new HashMap<>();
		// oldest first, so that the last are the newest; anonymous responses know only their day
		String[] texted = keys(definition, question -> question.type().isText() || question.other());
		jdbc.sql("select a.question, a.choice, a.text from survey_answer a join survey_response r on r.id = a.response"
				+ " where a.survey = :survey and a.question = any(:texted) and " + scope.responses()
				+ " and a.text is not null order by a.question, r.submitted_on, r.submitted_at nulls first, r.id")
			.paramSource(new MapSqlParameterSource(parameters.getValues()).addValue("texted", texted))
			.query(rs -> {
				(rs.getObject("choice") == null ? texts : others).computeIfAbsent(rs.getString("question"), key -> new ArrayList<>())
					.add(rs.getString("text"));
			});
		Map<String, Texts> found = new HashMap<>();
		for (Question question : definition.questions()) {
			List<String> given = texts.getOrDefault(question.key(), List.of());
			List<String> other = others.getOrDefault(question.key(), List.of());
			if (!given.isEmpty() || !other.isEmpty()) {
				found.put(question.key(), new Texts(question.type().isText() ? newestFirst(given, TEXTS_LISTED) : List.of(),
						newestFirst(other, Integer.MAX_VALUE),
						question.type().isText() && !given.isEmpty() ? themes.of(given, THEMES, 3) : List.of()));
			}
		}
		return found;
	}

	private static String[] keys(SurveyDefinition definition, Predicate<Question> which) {
		return definition.questions().stream().filter(which).map(Question::key).toArray(String[]::new);
	}

	private QuestionResult result(Question question, Tally tally, Texts texts, Locale locale) {
		long answered = tally.answered().getOrDefault(question.key(), 0L);
		Map<Integer, Long> picked = tally.choices().getOrDefault(new Key(question.key(), -1), Map.of());
		List<OptionCount> options = switch (question.type()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> IntStream.range(0, question.options().size())
				.mapToObj(option -> count(question.options().get(option).in(locale), picked.getOrDefault(option, 0L), answered))
				.toList();
			case YES_NO -> List.of(count(label(locale, "Ja", "Yes"), picked.getOrDefault(1, 0L), answered),
					count(label(locale, "Nein", "No"), picked.getOrDefault(0, 0L), answered));
			case SCALE -> scaleSteps(question, tally, answered);
			case RANKING -> ranks(question, tally, answered, locale);
			default -> List.of();
		};
		List<MatrixRow> rows = question.type() == QuestionType.MATRIX ? IntStream.range(0, question.rows().size())
			.mapToObj(row -> matrixRow(question, row, tally.choices().getOrDefault(new Key(question.key(), row), Map.of()), locale))
			.toList() : List.of();
		return new QuestionResult(question.key(), question.type(), question.text().in(locale), answered, options,
				tally.figures().get(question.key()), question.isScale() ? nps(question, tally) : null, rows,
				tally.sus().get(question.key()), texts.others(), texts.listed(), texts.themes());
	}

	/** The last {@code limit} of texts listed oldest first, the newest first. */
	private static List<String> newestFirst(List<String> texts, int limit) {
		List<String> newest = new ArrayList<>(texts.subList(Math.max(0, texts.size() - limit), texts.size()));
		Collections.reverse(newest);
		return newest;
	}

	private static List<OptionCount> scaleSteps(Question question, Tally tally, long answered) {
		Map<Integer, Long> steps = tally.choices().getOrDefault(new Key(question.key(), -1), Map.of());
		return IntStream.rangeClosed(0, 10).mapToObj(step -> count(String.valueOf(step), steps.getOrDefault(step, 0L), answered)).toList();
	}

	private static List<OptionCount> ranks(Question question, Tally tally, long answered, Locale locale) {
		return IntStream.range(0, question.options().size()).mapToObj(option -> {
			Map<Integer, Long> ranks = tally.choices().getOrDefault(new Key(question.key(), option), Map.of());
			long count = ranks.values().stream().mapToLong(Long::longValue).sum();
			double sum = ranks.entrySet().stream().mapToDouble(rank -> rank.getKey() * (double) rank.getValue()).sum();
			return new OptionCount(question.options().get(option).in(locale), count, answered == 0 ? 0 : (double) count / answered,
					count == 0 ? null : sum / count);
		}).toList();
	}

	private static MatrixRow matrixRow(Question question, int row, Map<Integer, Long> steps, Locale locale) {
		List<Long> counts = IntStream.range(0, question.options().size()).mapToObj(step -> steps.getOrDefault(step, 0L)).toList();
		long total = counts.stream().mapToLong(Long::longValue).sum();
		double sum = IntStream.range(0, counts.size()).mapToDouble(step -> (step + 1) * (double) counts.get(step)).sum();
		return new MatrixRow(question.rows().get(row).in(locale), counts, total == 0 ? null : sum / total);
	}

	private static Integer nps(Question question, Tally tally) {
		Map<Integer, Long> steps = tally.choices().getOrDefault(new Key(question.key(), -1), Map.of());
		long total = steps.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return null;
		}
		long promoters = steps.getOrDefault(9, 0L) + steps.getOrDefault(10, 0L);
		long detractors = IntStream.rangeClosed(0, 6).mapToLong(step -> steps.getOrDefault(step, 0L)).sum();
		return (int) Math.round(100.0 * (promoters - detractors) / total);
	}

	private static OptionCount count(String label, long count, long answered) {
		return new OptionCount(label, count, answered == 0 ? 0 : (double) count / answered, null);
	}

	private static String label(Locale locale, String de, String en) {
		return "en".equals(locale.getLanguage()) ? en : de;
	}
}
