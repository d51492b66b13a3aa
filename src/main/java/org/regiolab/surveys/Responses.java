package org.regiolab.surveys;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.ItemsPage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitted responses one by one, for coordinators and exports: each with its answers as
 * {@link Answer}s, read back from the rows results count. Anonymous responses carry no organisation.
 */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class Responses {

	/** A response; {@code organisationName} only in surveys that are not anonymous. */
	public record ResponseJson(UUID id, LocalDate submittedOn, @Nullable String organisationName, @Nullable String kind,
			@Nullable String sector, @Nullable String region, Map<String, Answer> answers) {
	}

	private record Head(UUID id, LocalDate submittedOn, @Nullable UUID organisation, @Nullable String kind,
			@Nullable String sector, @Nullable String region) {
	}

	private record Row(UUID response, String question, int item, @Nullable Integer choice, @Nullable BigDecimal number,
			@Nullable String text, @Nullable LocalDate day) {
	}

	private static final int BATCH = 500;

	private final JdbcClient jdbc;
	private final Surveys surveys;
	private final NetworkDirectory network;

	Responses(JdbcClient jdbc, Surveys surveys, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.surveys = surveys;
		this.network = network;
	}

	public ItemsPage<ResponseJson> list(UUID survey, int page, int size) {
		SurveyDefinition definition = surveys.load(survey).data().definition();
		long total = jdbc.sql("select count(*) from survey_response where survey = ?").param(survey).query(Long.class).single();
		List<Head> heads = jdbc.sql("""
				select id, submitted_on, organisation, kind, sector, region from survey_response where survey = ?
				order by submitted_on, id limit ? offset ?""")
			.params(survey, size, (long) page * size)
			.query(Responses::head)
			.list();
		return new ItemsPage<>(withAnswers(heads, definition), total, page, size);
	}

	/** Every response in the order submitted, a batch of answers at a time, for an export. */
	public void forEach(UUID survey, Consumer<? super ResponseJson> response) {
		SurveyDefinition definition = surveys.load(survey).data().definition();
		List<Head> heads = jdbc.sql("select id, submitted_on, organisation, kind, sector, region from survey_response where survey = ? order by submitted_on, id")
			.param(survey)
			.query(Responses::head)
			.list();
		for (int from = 0; from < heads.size(); from += BATCH) {
			withAnswers(heads.subList(from, Math.min(heads.size(), from + BATCH)), definition).forEach(response);
		}
	}

	private List<ResponseJson> withAnswers(List<Head> heads, SurveyDefinition definition) {
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<Row>> rows = new HashMap<>();
		jdbc.sql("select response, question, item, choice, number, text, day from survey_answer where response = any(?)")
			.param(heads.stream().map(Head::id).toArray(UUID[]::new))
			.query((rs, row) -> new Row(rs.getObject("response", UUID.class), rs.getString("question"), rs.getInt("item"),
					(Integer) rs.getObject("choice"), rs.getBigDecimal("number"), rs.getString("text"),
					rs.getObject("day", LocalDate.class)))
			.list()
			.forEach(row -> rows.computeIfAbsent(row.response(), id -> new ArrayList<>()).add(row));
		Map<UUID, String> names = network.organisationNames(heads.stream().map(Head::organisation).filter(Objects::nonNull).toList());
		return heads.stream()
			.map(head -> new ResponseJson(head.id(), head.submittedOn(), head.organisation() == null ? null : names.get(head.organisation()),
					head.kind(), head.sector(), head.region(), answers(definition, rows.getOrDefault(head.id(), List.of()))))
			.toList();
	}

	private static Map<String, Answer> answers(SurveyDefinition definition, List<Row> rows) {
		Map<String, List<Row>> byQuestion = new LinkedHashMap<>();
		rows.forEach(row -> byQuestion.computeIfAbsent(row.question(), key -> new ArrayList<>()).add(row));
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (Question question : definition.questions()) {
			List<Row> given = byQuestion.get(question.key());
			if (given != null) {
				answers.put(question.key(), answer(question, given));
			}
		}
		return answers;
	}

	private static Answer answer(Question question, List<Row> rows) {
		return switch (question.type()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO -> new Answer(
					rows.stream().filter(row -> row.choice() != null && row.choice() >= 0).map(Row::choice).sorted().toList(),
					rows.stream().filter(row -> row.choice() != null && row.choice() == AnswerRows.OTHER).map(Row::text).findFirst().orElse(null),
					null, null, null, null);
			case MATRIX, RANKING -> {
				Map<Integer, Integer> items = new HashMap<>();
				rows.forEach(row -> items.put(row.item(), row.choice()));
				yield Answer.items(items);
			}
			case FILE -> {
				Row row = rows.get(0);
				yield Answer.file(new AnswerFile(row.text(), null, null, null, row.number() == null ? null : row.number().longValue()));
			}
			default -> {
				Row row = rows.get(0);
				yield new Answer(null, null, null, row.number(), row.day(), row.text());
			}
		};
	}

	private static Head head(ResultSet rs, int row) throws SQLException {
		return new Head(rs.getObject("id", UUID.class), rs.getObject("submitted_on", LocalDate.class),
				rs.getObject("organisation", UUID.class), rs.getString("kind"), rs.getString("sector"), rs.getString("region"));
	}
}
