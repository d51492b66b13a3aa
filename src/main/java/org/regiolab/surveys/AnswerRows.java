package org.regiolab.surveys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A response's answers as the rows results count: one per single answer, one per option picked, one
 * per matrix row and one per ranked option; "other: …" is choice -1 with its text, a scale's step is
 * its choice as well as its number. Inserted in one statement for many responses.
 */
final class AnswerRows {

	static final int OTHER = -1;

	private record Row(UUID response, String question, int item, @Nullable Integer choice, @Nullable BigDecimal number,
			@Nullable String text, @Nullable String day, boolean first) {
	}

	private AnswerRows() {
	}

	/**
	 * The answers of many responses of one survey, keyed by response, in one statement and in the map's
	 * order (a batch of submitted responses, the demo world's 300 at once).
	 */
	static void insert(JdbcClient jdbc, UUID survey, SurveyDefinition definition, Map<UUID, Map<String, Answer>> responses) {
		List<Row> rows = new ArrayList<>();
		responses.forEach((response, answers) -> answers.forEach((question, answer) -> rows.addAll(rows(response, question,
				answer, definition.question(question).map(Question::isScale).orElse(false)))));
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into survey_answer (response, survey, question, item, choice, number, text, day, first)
				select a.response, ?, a.question, a.item, a.choice, a.number, a.text, a.day, a.first
				from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as integer[]), cast(? as integer[]),
				            cast(? as numeric[]), cast(? as text[]), cast(? as date[]), cast(? as boolean[]))
				     as a(response, question, item, choice, number, text, day, first)""")
			.params(survey, rows.stream().map(Row::response).toArray(UUID[]::new),
					rows.stream().map(Row::question).toArray(String[]::new),
					rows.stream().map(Row::item).toArray(Integer[]::new), rows.stream().map(Row::choice).toArray(Integer[]::new),
					rows.stream().map(row -> row.number() == null ? null : row.number().toPlainString()).toArray(String[]::new),
					rows.stream().map(Row::text).toArray(String[]::new), rows.stream().map(Row::day).toArray(String[]::new),
					rows.stream().map(Row::first).toArray(Boolean[]::new))
			.update();
	}

	private static List<Row> rows(UUID response, String question, Answer answer, boolean scale) {
		List<Row> rows = new ArrayList<>();
		answer.choices().forEach(choice -> rows.add(new Row(response, question, -1, choice, null, null, null, rows.isEmpty())));
		if (answer.other() != null) {
			rows.add(new Row(response, question, -1, OTHER, null, answer.other(), null, rows.isEmpty()));
		}
		answer.items().forEach((item, value) -> rows.add(new Row(response, question, item, value, BigDecimal.valueOf(value), null,
				null, rows.isEmpty())));
		if (answer.number() != null || answer.text() != null || answer.date() != null) {
			// a scale's step is counted as a choice as well, for its distribution and the net promoter score
			rows.add(new Row(response, question, -1, scale && answer.number() != null ? answer.number().intValue() : null,
					answer.number(), answer.text(), answer.date() == null ? null : answer.date().toString(), rows.isEmpty()));
		}
		if (answer.file() != null && answer.file().size() != null) {
			// a file is counted by its name and size; its bytes stay in survey_file
			rows.add(new Row(response, question, -1, null, BigDecimal.valueOf(answer.file().size()), answer.file().name(), null,
					rows.isEmpty()));
		}
		return rows;
	}
}
