package org.regiolab.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.PageQuery;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Events as lists show them: filtered, sorted and paged in the database, with their seat counts. */
@NamedInterface("api")
@Service
@Transactional(readOnly = true)
public class EventList {

	/**
	 * What a list asks for.
	 * @param publicOnly true for anonymous visitors, who see public events only
	 * @param from events that end at or after this time; {@code null} for all
	 */
	public record EventFilter(@Nullable String query, @Nullable EventKind kind, @Nullable UUID alliance,
			@Nullable OffsetDateTime from, @Nullable OffsetDateTime to, boolean publicOnly) {
	}

	/** The orders a list offers. */
	public enum Sort {
		STARTS_AT, STARTS_AT_DESC, TITLE
	}

	public record EventRow(UUID id, String title, EventKind kind, OffsetDateTime startsAt, OffsetDateTime endsAt,
			@Nullable String location, @Nullable UUID allianceId, @Nullable String allianceName, boolean isPublic,
			@Nullable Integer capacity, int confirmed, int waitlisted) {
	}

	private static final String SELECT = """
			select e.id, e.title, e.kind, e.starts_at, e.ends_at, e.location, e.alliance, e.public, e.capacity,
			       (select count(*) from registration r where r.event = e.id and r.status = 'CONFIRMED') as confirmed,
			       (select count(*) from registration r where r.event = e.id and r.status = 'WAITLISTED') as waitlisted""";

	private static final String FROM = """
			from event e
			where (cast(:pattern as text) is null or lower(e.title) like :pattern or lower(coalesce(e.location, '')) like :pattern)
			  and (cast(:kind as text) is null or e.kind = :kind)
			  and (cast(:alliance as uuid) is null or e.alliance = :alliance)
			  and (cast(:from as timestamptz) is null or e.ends_at >= :from)
			  and (cast(:to as timestamptz) is null or e.starts_at < :to)
			  and (e.public or not :publicOnly)""";

	// the order is one of three constants, never input
	private static final Map<Sort, PageQuery> SORTED = new EnumMap<>(Map.of(
			Sort.STARTS_AT, new PageQuery(SELECT, FROM, "order by e.starts_at, e.id"),
			Sort.STARTS_AT_DESC, new PageQuery(SELECT, FROM, "order by e.starts_at desc, e.id"),
			Sort.TITLE, new PageQuery(SELECT, FROM, "order by lower(e.title), e.starts_at, e.id")));

	private final JdbcClient jdbc;
	private final NetworkDirectory network;

	EventList(JdbcClient jdbc, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.network = network;
	}

	public ItemsPage<EventRow> find(EventFilter filter, Sort sort, int page, int size) {
		ItemsPage<EventRow> rows = SORTED.get(sort).run(jdbc, filters(filter), EventList::row, page, size);
		Map<UUID, String> alliances = network.allianceNames(
				rows.items().stream().map(EventRow::allianceId).filter(Objects::nonNull).distinct().toList());
		return new ItemsPage<>(rows.items().stream().map(row -> named(row, alliances)).toList(), rows.total(), page, size);
	}

	/** Every event of the filtered list in the order asked for, for an export. */
	public void forEach(EventFilter filter, Sort sort, Consumer<? super EventRow> row) {
		Map<UUID, String> alliances = network.alliances().stream()
			.collect(Collectors.toMap(NetworkDirectory.Entry::id, NetworkDirectory.Entry::name));
		SORTED.get(sort).forEach(jdbc, filters(filter), EventList::row, event -> row.accept(named(event, alliances)));
	}

	/**
	 * The events, public or not, whose end falls on the day in Europe/Berlin, by their end: for what follows
	 * an event, such as a survey of its participants. Asked on the day itself, it includes events not yet over.
	 */
	public List<UUID> endedOn(LocalDate day) {
		return jdbc.sql("select id from event where ends_at >= ? and ends_at < ? order by ends_at, id")
			.params(day.atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime(),
					day.plusDays(1).atStartOfDay(TimeConfiguration.ZONE).toOffsetDateTime())
			.query(UUID.class)
			.list();
	}

	private static MapSqlParameterSource filters(EventFilter filter) {
		return new MapSqlParameterSource("pattern", LikePattern.contains(filter.query()))
			.addValue("kind", filter.kind() == null ? null : filter.kind().name())
			.addValue("alliance", filter.alliance())
			.addValue("from", filter.from())
			.addValue("to", filter.to())
			.addValue("publicOnly", filter.publicOnly());
	}

	private static EventRow row(ResultSet rs, int row) throws SQLException {
		return new EventRow(rs.getObject("id", UUID.class), rs.getString("title"), EventKind.valueOf(rs.getString("kind")),
				Objects.requireNonNull(EventRegistry.local(rs, "starts_at")),
				Objects.requireNonNull(EventRegistry.local(rs, "ends_at")), rs.getString("location"),
				rs.getObject("alliance", UUID.class), null, rs.getBoolean("public"), (Integer) rs.getObject("capacity"),
				rs.getInt("confirmed"), rs.getInt("waitlisted"));
	}

	private static EventRow named(EventRow r, Map<UUID, String> alliances) {
		return new EventRow(r.id(), r.title(), r.kind(), r.startsAt(), r.endsAt(), r.location(), r.allianceId(),
				r.allianceId() == null ? null : alliances.get(r.allianceId()), r.isPublic(), r.capacity(), r.confirmed(),
				r.waitlisted());
	}
}
