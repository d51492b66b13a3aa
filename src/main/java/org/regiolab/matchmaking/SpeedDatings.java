package org.regiolab.matchmaking;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.EventView;
import org.regiolab.events.ProgrammeSession;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The speed datings of events: their settings and where their schedules stand. An event has one
 * as soon as an organiser saved its settings.
 */
@Service
@Transactional
public class SpeedDatings {

	/** A speed dating with its event and the state of its schedule. */
	public record SpeedDating(EventView event, SpeedDatingSettings settings, @Nullable Double upperBound,
			@Nullable Instant draftedAt, @Nullable Instant publishedAt) {
	}

	private final JdbcClient jdbc;
	private final EventRegistry events;
	private final AuditLog audit;

	SpeedDatings(JdbcClient jdbc, EventRegistry events, AuditLog audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public Optional<SpeedDating> find(UUID event) {
		return jdbc.sql("select * from matchmaking_event where event = ?")
			.param(event)
			.query(this::row)
			.optional()
			.map(stored -> new SpeedDating(events.load(event), stored.settings(), stored.upperBound(), stored.draftedAt(),
					stored.publishedAt()));
	}

	/** The speed dating, or a {@link NotFoundException} that pages and the API answer with 404. */
	@Transactional(readOnly = true)
	public SpeedDating load(UUID event) {
		return find(event).orElseThrow(() -> new NotFoundException("No speed dating at " + event));
	}

	/**
	 * The settings saved, or a proposal for an event that has none yet: the programme's session
	 * named speed dating (else the event's start) filled with rounds of 6 minutes and 2 to change
	 * tables, a table for every two people with a seat, groups of three where their number is odd.
	 */
	@Transactional(readOnly = true)
	public SpeedDatingSettings settingsOrProposal(UUID event) {
		return find(event).map(SpeedDating::settings).orElseGet(() -> proposal(events.load(event)));
	}

	static SpeedDatingSettings proposal(EventView event) {
		ProgrammeSession session = event.data().sessions().stream()
			.filter(s -> s.title().toLowerCase(Locale.GERMAN).replace("-", " ").contains("speed dating"))
			.findFirst()
			.orElse(null);
		OffsetDateTime start = session == null ? event.data().startsAt() : session.startsAt();
		long minutes = session == null || session.endsAt() == null ? 30
				: java.time.Duration.between(session.startsAt(), session.endsAt()).toMinutes();
		int rounds = (int) Math.max(1, Math.min(SpeedDatingSettings.MAX_ROUNDS, (minutes + 2) / 8));
		Integer tables = event.confirmed() < 2 ? null : (event.confirmed() + 1) / 2;
		// groups of three only where the number is odd: they make the proven bound less tight
		return new SpeedDatingSettings(rounds, tables, 6, start, 2, List.of(), 0, event.confirmed() % 2 == 1);
	}

	/** Saves the settings; meetings of rounds that no longer exist are dropped from the draft. */
	public void save(UUID event, SpeedDatingSettings settings) {
		EventView view = events.load(event);
		check(settings);
		boolean existed = find(event).isPresent();
		jdbc.sql("""
				insert into matchmaking_event (event, rounds, tables, round_minutes, starts_at, changeover_minutes,
				                               break_after, break_minutes, allow_triples)
				values (:event, :rounds, :tables, :minutes, :startsAt, :changeover, :breakAfter, :breakMinutes, :triples)
				on conflict (event) do update set rounds = :rounds, tables = :tables, round_minutes = :minutes,
				       starts_at = :startsAt, changeover_minutes = :changeover, break_after = :breakAfter,
				       break_minutes = :breakMinutes, allow_triples = :triples, updated_at = now()""")
			.param("event", event)
			.param("rounds", settings.rounds())
			.param("tables", settings.tables())
			.param("minutes", settings.roundMinutes())
			.param("startsAt", settings.startsAt())
			.param("changeover", settings.changeoverMinutes())
			.param("breakAfter", settings.breakAfter().toArray(Integer[]::new))
			.param("breakMinutes", settings.breakMinutes())
			.param("triples", settings.allowTriples())
			.update();
		jdbc.sql("delete from matchmaking_meeting where event = ? and not published and round > ?")
			.params(event, settings.rounds())
			.update();
		audit.record(existed ? "matchmaking.settingsChanged" : "matchmaking.created", subject(event), view.data().title());
	}

	/** The events with a speed dating, latest first; {@code query} narrows by the event's title. */
	@Transactional(readOnly = true)
	public ItemsPage<SpeedDating> list(@Nullable String query, int page, int size) {
		// an event has at most one speed dating and an installation a few dozen, so the titles, which live in
		// the events module, are matched here rather than joined
		String needle = query == null || query.isBlank() ? null : query.strip().toLowerCase(Locale.GERMAN);
		List<SpeedDating> all = jdbc.sql("select event from matchmaking_event")
			.query(UUID.class)
			.list()
			.stream()
			.map(this::find)
			.flatMap(Optional::stream)
			.filter(s -> needle == null || s.event().data().title().toLowerCase(Locale.GERMAN).contains(needle))
			.sorted(Comparator.comparing((SpeedDating s) -> s.settings().startsAt()).reversed())
			.toList();
		int from = Math.min(all.size(), page * size);
		return new ItemsPage<>(all.subList(from, Math.min(all.size(), from + size)), all.size(), page, size);
	}

	void drafted(UUID event, double upperBound) {
		jdbc.sql("update matchmaking_event set upper_bound = ?, drafted_at = now() where event = ?")
			.params(upperBound, event)
			.update();
	}

	void published(UUID event) {
		jdbc.sql("update matchmaking_event set published_at = now() where event = ?").param(event).update();
	}

	private static void check(SpeedDatingSettings settings) {
		if (settings.rounds() < 1 || settings.rounds() > SpeedDatingSettings.MAX_ROUNDS) {
			throw new InvalidInputException("rounds", "matchmaking.rounds.range", "1 to 30 rounds");
		}
		if (settings.tables() != null && (settings.tables() < 1 || settings.tables() > 1000)) {
			throw new InvalidInputException("tables", "matchmaking.tables.range", "1 to 1000 tables");
		}
		if (settings.roundMinutes() < 1 || settings.roundMinutes() > 120) {
			throw new InvalidInputException("roundMinutes", "matchmaking.roundMinutes.range", "1 to 120 minutes");
		}
		if (settings.changeoverMinutes() < 0 || settings.changeoverMinutes() > 60) {
			throw new InvalidInputException("changeoverMinutes", "matchmaking.changeoverMinutes.range", "0 to 60 minutes");
		}
		if (settings.breakMinutes() < 0 || settings.breakMinutes() > 240) {
			throw new InvalidInputException("breakMinutes", "matchmaking.breakMinutes.range", "0 to 240 minutes");
		}
		if (settings.breakAfter().stream().anyMatch(round -> round < 1 || round >= settings.rounds())) {
			throw new InvalidInputException("breakAfter", "matchmaking.breakAfter.range",
					"A break follows a round before the last");
		}
	}

	private record Stored(SpeedDatingSettings settings, @Nullable Double upperBound, @Nullable Instant draftedAt,
			@Nullable Instant publishedAt) {
	}

	private Stored row(ResultSet rs, int row) throws SQLException {
		SpeedDatingSettings settings = new SpeedDatingSettings(rs.getInt("rounds"), (Integer) rs.getObject("tables"),
				rs.getInt("round_minutes"), local(rs, "starts_at"), rs.getInt("changeover_minutes"),
				integers(rs.getArray("break_after")), rs.getInt("break_minutes"), rs.getBoolean("allow_triples"));
		return new Stored(settings, (Double) rs.getObject("upper_bound"), instant(rs, "drafted_at"),
				instant(rs, "published_at"));
	}

	private static List<Integer> integers(Array array) throws SQLException {
		return Arrays.asList((Integer[]) array.getArray());
	}

	static OffsetDateTime local(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).atZoneSameInstant(TimeConfiguration.ZONE).toOffsetDateTime();
	}

	static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		java.sql.Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}

	static String subject(UUID event) {
		return "event:" + event;
	}
}
