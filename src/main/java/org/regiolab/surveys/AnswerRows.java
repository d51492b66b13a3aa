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
 * its choice as well as its number. Inserted in one
 * statement.
 */
final class AnswerRows {

	static final int OTHER = -1;

	private record Row(String question, int item, @Nullable Integer choice, @Nullable BigDecimal number,
			@Nullable String text, @Nullable String day) {
	}

	private AnswerRows() {
	}

	static void insert(JdbcClient jdbc, UUID response, UUID survey, SurveyDefinition definition, Map<String, Answer> answers) {
		List<Row> rows = new ArrayList<>();
		answers.forEach((question, answer) -> rows.addAll(rows(question, answer,
				definition.question(question).map(Question::isScale).orElse(false))));
		if (rows.isEmpty()) {
			return;
		}
		jdbc.sql("""
				insert into survey_answer (response, survey, question, item, choice, number, text, day)
				select ?, ?, a.question, a.item, a.choice, a.number, a.text, a.day
				from unnest(cast(? as text[]), cast(? as integer[]), cast(? as integer[]), cast(? as numeric[]),
				            cast(? as text[]), cast(? as date[])) as a(question, item, choice, number, text, day)""")
			.params(response, survey, rows.stream().map(Row::question).toArray(String[]::new),
					rows.stream().map(Row::item).toArray(Integer[]::new), rows.stream().map(Row::choice).toArray(Integer[]::new),
					rows.stream().map(row -> row.number() == null ? null : row.number().toPlainString()).toArray(String[]::new),
					rows.stream().map(Row::text).toArray(String[]::new), rows.stream().map(Row::day).toArray(String[]::new))
			.update();
	}

	private static List<Row> rows(String question, Answer answer, boolean scale) {
		List<Row> rows = new ArrayList<>();
		answer.choices().forEach(choice -> rows.add(new Row(question, -1, choice, null, null, null)));
		if (answer.other() != null) {
			rows.add(new Row(question, -1, OTHER, null, answer.other(), null));
		}
		answer.items().forEach((item, value) -> rows.add(new Row(question, item, value, BigDecimal.valueOf(value), null, null)));
		if (answer.number() != null || answer.text() != null || answer.date() != null) {
			// a scale's step is counted as a choice as well, for its distribution and the net promoter score
			rows.add(new Row(question, -1, scale && answer.number() != null ? answer.number().intValue() : null, answer.number(), answer.text(),
					answer.date() == null ? null : answer.date().toString()));
		}
		return rows;
	}
}
