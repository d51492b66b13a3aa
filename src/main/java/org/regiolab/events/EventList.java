package org.regiolab.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;

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

	private final JdbcClient jdbc;
	private final NetworkDirectory network;

	EventList(JdbcClient jdbc, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.network = network;
	}

	public ItemsPage<EventRow> find(EventFilter filter, Sort sort, int page, int size) {
		String where = """
				where (cast(:pattern as text) is null or lower(e.title) like :pattern or lower(coalesce(e.location, '')) like :pattern)
				  and (cast(:kind as text) is null or e.kind = :kind)
				  and (cast(:alliance as uuid) is null or e.alliance = :alliance)
				  and (cast(:from as timestamptz) is null or e.ends_at >= :from)
				  and (cast(:to as timestamptz) is null or e.starts_at < :to)
				  and (e.public or not :publicOnly)""";
		String pattern = LikePattern.contains(filter.query());
		String kind = filter.kind() == null ? null : filter.kind().name();
		long total = jdbc.sql("select count(*) from event e " + where)
			.param("pattern", pattern)
			.param("kind", kind)
			.param("alliance", filter.alliance())
			.param("from", filter.from())
			.param("to", filter.to())
			.param("publicOnly", filter.publicOnly())
			.query(Long.class)
			.single();
		// the order is one of three constants, never input
		String order = switch (sort) {
			case STARTS_AT -> "e.starts_at, e.id";
			case STARTS_AT_DESC -> "e.starts_at desc, e.id";
			case TITLE -> "lower(e.title), e.starts_at, e.id";
		};
		List<EventRow> rows = jdbc.sql("""
				select e.id, e.title, e.kind, e.starts_at, e.ends_at, e.location, e.alliance, e.public, e.capacity,
				       count(r.id) filter (where r.status = 'CONFIRMED') as confirmed,
				       count(r.id) filter (where r.status = 'WAITLISTED') as waitlisted
				from event e left join registration r on r.event = e.id
				""" + where + " group by e.id order by " + order + " limit :size offset :offset")
			.param("pattern", pattern)
			.param("kind", kind)
			.param("alliance", filter.alliance())
			.param("from", filter.from())
			.param("to", filter.to())
			.param("publicOnly", filter.publicOnly())
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new EventRow(rs.getObject("id", UUID.class), rs.getString("title"),
					EventKind.valueOf(rs.getString("kind")), Objects.requireNonNull(EventRegistry.local(rs, "starts_at")),
					Objects.requireNonNull(EventRegistry.local(rs, "ends_at")), rs.getString("location"),
					rs.getObject("alliance", UUID.class), null, rs.getBoolean("public"), (Integer) rs.getObject("capacity"),
					rs.getInt("confirmed"), rs.getInt("waitlisted")))
			.list();
		Map<UUID, String> alliances = network.allianceNames(
				rows.stream().map(EventRow::allianceId).filter(Objects::nonNull).distinct().toList());
		return new ItemsPage<>(rows.stream()
			.map(r -> new EventRow(r.id(), r.title(), r.kind(), r.startsAt(), r.endsAt(), r.location(), r.allianceId(),
					r.allianceId() == null ? null : alliances.get(r.allianceId()), r.isPublic(), r.capacity(), r.confirmed(),
					r.waitlisted()))
			.toList(), total, page, size);
	}
}
