package org.regiolab.feedback;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.FeedbackSummary.QuestionSummary;
import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sums up the visible feedback of a station, a company or a themed world: counts, ratings, the
 * answers to the stations' own questions and the recurring themes of the free texts.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackAnalysis {

	static final int THEMES = 12;
	static final int EXAMPLES = 3;

	private static final String WHERE = """
			where not f.hidden
			  and (cast(:station as uuid) is null or s.id = :station)
			  and (cast(:world as uuid) is null or s.themed_world = :world)
			  and (cast(:organisation as uuid) is null or s.organisation = :organisation)
			  and (cast(:from as timestamptz) is null or f.captured_at >= cast(:from as timestamptz))
			  and (cast(:to as timestamptz) is null or f.captured_at < cast(:to as timestamptz))
			""";

	/** The visible feedback in scope, with what {@code join} adds to each row. */
	private static String scope(String join) {
		return "from feedback f join station s on s.id = f.station " + join + " " + WHERE;
	}

	private final JdbcClient jdbc;
	private final Stations stations;
	private final FeedbackThemes themes = new FeedbackThemes();
	private final Clock clock;

	FeedbackAnalysis(JdbcClient jdbc, Stations stations, Clock clock) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.clock = clock;
	}

	/** @throws NotFoundException if the scope's station does not exist */
	public FeedbackSummary summarize(FeedbackScope scope) {
		MapSqlParameterSource parameters = FeedbackRecords.days(new MapSqlParameterSource("station", scope.station())
			.addValue("world", scope.themedWorld())
			.addValue("organisation", scope.organisation()), scope.from(), scope.to(), clock.getZone());
		Map<Integer, Long> histogram = new LinkedHashMap<>();
		for (int rating = 1; rating <= 5; rating++) {
			histogram.put(rating, 0L);
		}
		jdbc.sql("select f.rating, count(*) as n " + scope("") + " group by f.rating")
			.paramSource(parameters)
			.query(rs -> {
				histogram.put(rs.getInt("rating"), rs.getLong("n"));
			});
		long count = histogram.values().stream().mapToLong(Long::longValue).sum();
		Double average = count == 0 ? null
				: histogram.entrySet().stream().mapToDouble(e -> e.getKey() * (double) e.getValue()).sum() / count;
		List<QuestionSummary> questions = questions(scope, parameters);
		return new FeedbackSummary(count, histogram, average, questions, themes(parameters), tags(parameters),
				usabilityScore(questions, parameters));
	}

	/** How much visible feedback each station of the themed world has, and its mean rating. */
	public Map<UUID, StationFigures> figuresOfStations(UUID themedWorld) {
		Map<UUID, StationFigures> figures = new LinkedHashMap<>();
		jdbc.sql("""
				select s.id, count(f.id) as n, avg(f.rating) as mean
				from station s left join feedback f on f.station = s.id and not f.hidden
				where s.themed_world = ? group by s.id""")
			.param(themedWorld)
			.query(rs -> {
				double mean = rs.getDouble("mean");
				figures.put(rs.getObject("id", UUID.class),
						new StationFigures(rs.getLong("n"), rs.wasNull() ? null : mean));
			});
		return figures;
	}

	/** A station's visible feedback in two figures. */
	public record StationFigures(long count, @Nullable Double averageRating) {
	}

	private List<QuestionSummary> questions(FeedbackScope scope, MapSqlParameterSource parameters) {
		Map<String, Map<String, Long>> given = new LinkedHashMap<>();
		jdbc.sql("select a.key, a.value, count(*) as n " + scope("cross join jsonb_each_text(f.answers) as a(key, value)")
				+ " group by a.key, a.value")
			.paramSource(parameters)
			.query(rs -> {
				given.computeIfAbsent(rs.getString("key"), key -> new LinkedHashMap<>())
					.put(rs.getString("value"), rs.getLong("n"));
			});
		return questionsOf(scope).values().stream().map(question -> summary(question, given.getOrDefault(question.key(),
				Map.of()))).toList();
	}

	/**
	 * The System Usability Scale's score from 0 to 100 (Brooke 1996), the mean over the feedback that
	 * answered all ten statements: odd statements count their answer − 1, even ones 5 − their answer,
	 * and the sum times 2.5 is the score. Null where the stations do not ask it or nobody answered all ten.
	 */
	private @Nullable Double usabilityScore(List<QuestionSummary> questions, MapSqlParameterSource parameters) {
		if (questions.stream().filter(question -> question.key().startsWith("sus-")).count() < StationQuestion.SYSTEM_USABILITY_SCALE.size()) {
			return null;
		}
		return jdbc.sql("select avg(score) from (select sum(case when cast(substring(a.key from 5) as integer) % 2 = 1"
				+ " then cast(a.value as integer) - 1 else 5 - cast(a.value as integer) end) * 2.5 as score "
				+ scope("cross join jsonb_each_text(f.answers) as a(key, value)")
				+ " and a.key in ('sus-1', 'sus-2', 'sus-3', 'sus-4', 'sus-5', 'sus-6', 'sus-7', 'sus-8', 'sus-9', 'sus-10')"
				+ " and a.value ~ '^[1-5]$' group by f.id having count(*) = 10) as answered")
			.paramSource(parameters)
			.query(Double.class)
			.optional()
			.orElse(null);
	}

	/** The questions of the scope's stations by key; stations that share a question, such as the SUS, share its key. */
	private Map<String, StationQuestion> questionsOf(FeedbackScope scope) {
		List<Station> inScope = scope.station() != null ? List.of(stations.load(scope.station()))
				: stations.ofThemedWorld(Objects.requireNonNull(scope.themedWorld())).stream()
					.filter(station -> scope.organisation() == null
							|| scope.organisation().equals(station.data().organisation()))
					.toList();
		Map<String, StationQuestion> questions = new LinkedHashMap<>();
		inScope.forEach(station -> station.data().questions().forEach(q -> questions.putIfAbsent(q.key(), q)));
		return questions;
	}

	private static QuestionSummary summary(StationQuestion question, Map<String, Long> given) {
		Map<String, Long> counts = new LinkedHashMap<>();
		if (question.kind() == QuestionKind.SINGLE_CHOICE) {
			question.options().forEach(option -> counts.put(option, given.getOrDefault(option, 0L)));
			return new QuestionSummary(question.key(), question.text(), question.kind(), counts, null);
		}
		question.scale().forEach(value -> counts.put(value.toString(), given.getOrDefault(value.toString(), 0L)));
		long answered = counts.values().stream().mapToLong(Long::longValue).sum();
		double sum = counts.entrySet().stream().mapToDouble(e -> Integer.parseInt(e.getKey()) * (double) e.getValue()).sum();
		return new QuestionSummary(question.key(), question.text(), question.kind(), counts,
				answered == 0 ? null : sum / answered);
	}

	private List<Theme> themes(MapSqlParameterSource parameters) {
		List<FreeText> texts = jdbc.sql("select f.id, t.text "
				+ scope("cross join unnest(array[f.works, f.improvements, f.ideas]) as t(text)")
				+ " and t.text is not null order by f.captured_at, f.id")
			.paramSource(parameters)
			.query((rs, row) -> new FreeText(rs.getObject("id", UUID.class), rs.getString("text")))
			.list();
		return themes.find(texts, THEMES, EXAMPLES);
	}

	private Map<String, Long> tags(MapSqlParameterSource parameters) {
		Map<String, Long> tags = new LinkedHashMap<>();
		jdbc.sql("select t.tag, count(*) as n " + scope("cross join unnest(f.themes) as t(tag)")
				+ " group by t.tag order by n desc, t.tag")
			.paramSource(parameters)
			.query(rs -> {
				tags.put(rs.getString("tag"), rs.getLong("n"));
			});
		return tags;
	}
}
