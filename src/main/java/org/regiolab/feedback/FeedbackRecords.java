package org.regiolab.feedback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.PageQuery;
import org.regiolab.platform.Texts;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stored feedback as the lab team reads and moderates it. */
@Service
@Transactional
public class FeedbackRecords {

	static final int MAX_THEMES = 10;

	/** The columns {@link #row} reads. */
	static final String COLUMNS = "id, station, rating, works, improvements, ideas, answers, captured_at, received_at, hidden, themes";

	private static final PageQuery PAGE = new PageQuery("select " + COLUMNS,
			"""
			from feedback
			where station = :station
			  and (cast(:from as timestamptz) is null or captured_at >= cast(:from as timestamptz))
			  and (cast(:to as timestamptz) is null or captured_at < cast(:to as timestamptz))
			  and (cast(:rating as integer) is null or rating = :rating)
			  and (cast(:pattern as text) is null or works ilike :pattern or improvements ilike :pattern
			       or ideas ilike :pattern)
			  and (cast(:theme as text) is null or themes @> array[cast(:theme as text)])
			  and (cast(:hidden as boolean) is null or hidden = :hidden)""",
			"order by captured_at desc, id");

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final AuditLog audit;
	private final Clock clock;

	FeedbackRecords(JdbcClient jdbc, JsonMapper json, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Feedback load(UUID id) {
		return jdbc.sql(PAGE.select() + " from feedback where id = ?")
			.param(id)
			.query(this::row)
			.optional()
			.orElseThrow(() -> NotFoundException.of("feedback", id));
	}

	/** One page of the station's feedback, the latest captured first. */
	@Transactional(readOnly = true)
	public ItemsPage<Feedback> page(FeedbackFilter filter, int page, int size) {
		return PAGE.run(jdbc, parameters(filter), this::row, page, size);
	}

	/** All of the station's feedback that the filter lets through, the latest captured first, for an export. */
	@Transactional(readOnly = true)
	public void forEach(FeedbackFilter filter, Consumer<? super Feedback> row) {
		PAGE.forEach(jdbc, parameters(filter), this::row, row);
	}

	/** Hides an abusive feedback (kept, but counted nowhere) or shows it again, and tags it with themes. */
	public Feedback moderate(UUID id, boolean hidden, List<String> themes, String moderator) {
		load(id);
		List<String> tags = Texts.entries(themes).stream().map(tag -> tag.toLowerCase(Locale.GERMAN)).distinct().toList();
		if (tags.size() > MAX_THEMES || tags.stream().anyMatch(tag -> tag.length() > 60)) {
			throw new InvalidInputException("themes", "feedback.themes.invalid",
					"At most 10 themes of at most 60 characters");
		}
		jdbc.sql("update feedback set hidden = ?, themes = ?, moderated_by = ?, moderated_at = now() where id = ?")
			.params(hidden, tags.toArray(String[]::new), moderator, id)
			.update();
		audit.record(hidden ? "feedback.hidden" : "feedback.moderated", "feedback:" + id, String.join(", ", tags));
		return load(id);
	}

	private MapSqlParameterSource parameters(FeedbackFilter filter) {
		return days(new MapSqlParameterSource("station", filter.station()), filter.from(), filter.to(), clock.getZone())
			.addValue("rating", filter.rating())
			.addValue("pattern", LikePattern.contains(filter.query()))
			.addValue("theme", Texts.blankToNull(filter.theme()) == null ? null : filter.theme().strip().toLowerCase(Locale.GERMAN))
			.addValue("hidden", switch (filter.visibility()) {
				case ALL -> null;
				case SHOWN -> false;
				case HIDDEN -> true;
			});
	}

	Feedback row(ResultSet rs, int row) throws SQLException {
		Map<String, Object> answers = json.readValue(rs.getString("answers"), new TypeReference<Map<String, Object>>() {
		});
		FeedbackData data = new FeedbackData(rs.getObject("id", UUID.class), rs.getInt("rating"), rs.getString("works"),
				rs.getString("improvements"), rs.getString("ideas"), answers,
				rs.getObject("captured_at", OffsetDateTime.class));
		return new Feedback(rs.getObject("station", UUID.class), data, rs.getTimestamp("received_at").toInstant(),
				rs.getBoolean("hidden"), Arrays.asList((String[]) rs.getArray("themes").getArray()));
	}

	/**
	 * Sets {@code :from} and {@code :to} to where the days {@code from} to {@code to} (both included)
	 * begin and end in {@code zone}, for {@code captured_at >= :from} and {@code captured_at < :to}.
	 */
	static MapSqlParameterSource days(MapSqlParameterSource parameters, @Nullable LocalDate from, @Nullable LocalDate to,
			ZoneId zone) {
		return parameters.addValue("from", from == null ? null : from.atStartOfDay(zone).toOffsetDateTime())
			.addValue("to", to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
	}
}
