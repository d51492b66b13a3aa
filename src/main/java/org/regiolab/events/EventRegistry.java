package org.regiolab.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.LabRegistry;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes and removes events, each call one transaction that checks what the event
 * refers to and writes the audit log. Removing an event tells everybody registered.
 */
@NamedInterface("api")
@Service
@Transactional
public class EventRegistry {

	/** The most events one series creates at once: two years of a monthly breakfast. */
	public static final int MAX_SERIES = 24;

	private final JdbcClient jdbc;
	private final NetworkDirectory network;
	private final LabRegistry labs;
	private final FundingProgrammes funding;
	private final AuditLog audit;
	private final RegistrationMails mails;
	private final Waitlist waitlist;

	EventRegistry(JdbcClient jdbc, NetworkDirectory network, LabRegistry labs, FundingProgrammes funding,
			AuditLog audit, RegistrationMails mails, Waitlist waitlist) {
		this.jdbc = jdbc;
		this.network = network;
		this.labs = labs;
		this.funding = funding;
		this.audit = audit;
		this.mails = mails;
		this.waitlist = waitlist;
	}

	public UUID create(EventData data) {
		return insert(check(data), null);
	}

	/**
	 * Creates {@code count} events, the first as given, each following one a week or a month later
	 * at the same local time, with the programme and registration window moved along.
	 * @return the events' ids, earliest first
	 */
	public List<UUID> createSeries(EventData first, Recurrence recurrence, int count) {
		if (count < 1 || count > MAX_SERIES) {
			throw new InvalidInputException("occurrences", "event.series.count", "A series has 1 to " + MAX_SERIES + " events");
		}
		EventData checked = check(first);
		UUID series = UUID.randomUUID();
		List<UUID> ids = new ArrayList<>();
		for (int occurrence = 0; occurrence < count; occurrence++) {
			ids.add(insert(shift(checked, recurrence, occurrence), series));
		}
		return ids;
	}

	public void update(UUID id, EventData data) {
		EventData clean = check(data);
		EventView before = lock(id);
		if (clean.capacity() != null && clean.capacity() < before.confirmed()) {
			throw new InvalidInputException("capacity", "event.capacity.belowConfirmed",
					"Capacity below the " + before.confirmed() + " confirmed registrations");
		}
		jdbc.sql("""
				update event set title = ?, kind = ?, description = ?, starts_at = ?, ends_at = ?, location = ?,
				       online_url = ?, alliance = ?, lab = ?, public = ?, capacity = ?, registration_opens_at = ?,
				       registration_closes_at = ?, funding_programme = ?, updated_at = now()
				where id = ?""")
			.params(clean.title(), clean.kind().name(), clean.description(), clean.startsAt(), clean.endsAt(),
					clean.location(), clean.onlineUrl(), clean.alliance(), clean.lab(), clean.isPublic(), clean.capacity(),
					clean.registrationOpensAt(), clean.registrationClosesAt(), clean.fundingProgramme(), id)
			.update();
		writeSessions(id, clean.sessions());
		// more seats go to the waitlist at once
		waitlist.promote(id);
		audit.record("event.changed", subject(id),
				"changed: " + String.join(", ", AuditLog.changedFields(before.data(), clean)));
	}

	public void delete(UUID id) {
		EventView event = lock(id);
		mails.eventCancelled(event);
		jdbc.sql("delete from event where id = ?").param(id).update();
		audit.record("event.deleted", subject(id), event.data().title());
	}

	@Transactional(readOnly = true)
	public Optional<EventView> find(UUID id) {
		return jdbc.sql(SELECT + " where e.id = ?").param(id).query(this::row).optional().map(this::view);
	}

	/** The event, or a {@link NotFoundException} that pages and the API answer with 404. */
	@Transactional(readOnly = true)
	public EventView load(UUID id) {
		return find(id).orElseThrow(() -> NotFoundException.of("event", id));
	}

	/** The event, its row locked until the transaction ends: registrations and cancellations queue behind it. */
	EventView lock(UUID id) {
		waitlist.lock(id);
		return load(id);
	}

	private static final String SELECT = """
			select e.id, e.series, e.title, e.kind, e.description, e.starts_at, e.ends_at, e.location, e.online_url,
			       e.alliance, e.lab, e.public, e.capacity, e.registration_opens_at, e.registration_closes_at,
			       e.funding_programme, e.created_at, e.updated_at,
			       (select count(*) from registration r where r.event = e.id and r.status = 'CONFIRMED') as confirmed,
			       (select count(*) from registration r where r.event = e.id and r.status = 'WAITLISTED') as waitlisted
			from event e""";

	private record Stored(UUID id, @Nullable UUID series, EventData data, int confirmed, int waitlisted,
			java.time.Instant createdAt, java.time.Instant updatedAt) {
	}

	private Stored row(ResultSet rs, int row) throws SQLException {
		UUID id = rs.getObject("id", UUID.class);
		EventData data = new EventData(rs.getString("title"), EventKind.valueOf(rs.getString("kind")),
				rs.getString("description"), local(rs, "starts_at"), local(rs, "ends_at"), rs.getString("location"),
				rs.getString("online_url"), rs.getObject("alliance", UUID.class), rs.getObject("lab", UUID.class),
				rs.getBoolean("public"), (Integer) rs.getObject("capacity"), local(rs, "registration_opens_at"),
				local(rs, "registration_closes_at"), rs.getObject("funding_programme", UUID.class), sessions(id));
		return new Stored(id, rs.getObject("series", UUID.class), data, rs.getInt("confirmed"), rs.getInt("waitlisted"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
	}

	static @Nullable OffsetDateTime local(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.atZoneSameInstant(TimeConfiguration.ZONE).toOffsetDateTime();
	}

	private List<ProgrammeSession> sessions(UUID event) {
		return jdbc.sql("""
				select starts_at, ends_at, title, speakers, room, track from event_session
				where event = ? order by position""")
			.param(event)
			.query((rs, row) -> new ProgrammeSession(local(rs, "starts_at"), local(rs, "ends_at"), rs.getString("title"),
					rs.getString("speakers"), rs.getString("room"), rs.getString("track")))
			.list();
	}

	private EventView view(Stored event) {
		EventData data = event.data();
		String alliance = data.alliance() == null ? null
				: network.allianceNames(List.of(data.alliance())).get(data.alliance());
		String lab = data.lab() == null ? null : labs.find(data.lab()).map(view -> view.data().name()).orElse(null);
		return new EventView(event.id(), event.series(), data, alliance, lab,
				data.fundingProgramme() == null ? null : funding.find(data.fundingProgramme()).orElse(null),
				event.confirmed(), event.waitlisted(), event.createdAt(), event.updatedAt());
	}

	private UUID insert(EventData data, @Nullable UUID series) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into event (id, series, title, kind, description, starts_at, ends_at, location, online_url, alliance,
				                   lab, public, capacity, registration_opens_at, registration_closes_at, funding_programme)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, series, data.title(), data.kind().name(), data.description(), data.startsAt(), data.endsAt(),
					data.location(), data.onlineUrl(), data.alliance(), data.lab(), data.isPublic(), data.capacity(),
					data.registrationOpensAt(), data.registrationClosesAt(), data.fundingProgramme())
			.update();
		writeSessions(id, data.sessions());
		audit.record("event.created", subject(id), data.title());
		return id;
	}

	/**
	 * Writes the programme and keeps the identity of the sessions that stay, so that the pitches and
	 * results attached to them survive an edit: a session is the old one of the same title, else the
	 * old one left over with the same start and track (a renamed session); the rest are new or gone.
	 */
	private void writeSessions(UUID event, List<ProgrammeSession> sessions) {
		List<StoredSession> left = new ArrayList<>(jdbc.sql("""
				select id, title, starts_at, track from event_session where event = ? order by position""")
			.param(event)
			.query(StoredSession.class)
			.list());
		List<@Nullable UUID> ids = new ArrayList<>();
		for (ProgrammeSession session : sessions) {
			ids.add(take(left, stored -> stored.title().equals(session.title())));
		}
		for (int position = 0; position < ids.size(); position++) {
			ProgrammeSession session = sessions.get(position);
			if (ids.get(position) == null) {
				ids.set(position, take(left, stored -> stored.startsAt().isEqual(session.startsAt())
						&& Objects.equals(stored.track(), session.track())));
			}
		}
		left.forEach(gone -> jdbc.sql("delete from event_session where id = ?").param(gone.id()).update());
		// out of the way of the new order first: (event, position) is unique and checked row by row
		jdbc.sql("update event_session set position = position + 1000 where event = ?").param(event).update();
		for (int position = 0; position < sessions.size(); position++) {
			ProgrammeSession session = sessions.get(position);
			UUID id = ids.get(position);
			jdbc.sql(id == null ? """
					insert into event_session (event, position, starts_at, ends_at, title, speakers, room, track, id)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""" : """
					update event_session set event = ?, position = ?, starts_at = ?, ends_at = ?, title = ?, speakers = ?,
					                         room = ?, track = ?
					where id = ?""")
				.params(event, position, session.startsAt(), session.endsAt(), session.title(), session.speakers(),
						session.room(), session.track(), id == null ? UUID.randomUUID() : id)
				.update();
		}
	}

	private record StoredSession(UUID id, String title, OffsetDateTime startsAt, @Nullable String track) {
	}

	/** The id of the first session left that matches, which is then no longer left; {@code null} if none does. */
	private static @Nullable UUID take(List<StoredSession> left, Predicate<StoredSession> matches) {
		for (StoredSession stored : left) {
			if (matches.test(stored)) {
				left.remove(stored);
				return stored.id();
			}
		}
		return null;
	}

	/** Checks what only the domain knows and returns the event with blank texts as absent. */
	private EventData check(EventData data) {
		if (!data.endsAt().isAfter(data.startsAt())) {
			throw new InvalidInputException("endsAt", "event.endsAt.beforeStart", "An event ends after it starts");
		}
		if (data.registrationOpensAt() != null && data.registrationClosesAt() != null
				&& !data.registrationClosesAt().isAfter(data.registrationOpensAt())) {
			throw new InvalidInputException("registrationClosesAt", "event.registration.window",
					"Registration closes after it opens");
		}
		for (int i = 0; i < data.sessions().size(); i++) {
			ProgrammeSession session = data.sessions().get(i);
			if (session.endsAt() != null && !session.endsAt().isAfter(session.startsAt())) {
				throw new InvalidInputException("sessions[" + i + "].endsAt", "event.endsAt.beforeStart",
						"A session ends after it starts");
			}
		}
		if (data.alliance() != null && network.allianceNames(List.of(data.alliance())).isEmpty()) {
			throw new InvalidInputException("allianceId", "event.alliance.unknown", "No alliance " + data.alliance());
		}
		if (data.lab() != null && labs.find(data.lab()).isEmpty()) {
			throw new InvalidInputException("labId", "event.lab.unknown", "No lab " + data.lab());
		}
		if (data.fundingProgramme() != null && funding.find(data.fundingProgramme()).isEmpty()) {
			throw new InvalidInputException("fundingProgrammeId", "event.funding.unknown",
					"No funding programme " + data.fundingProgramme());
		}
		return new EventData(data.title().strip(), data.kind(), Texts.blankToNull(data.description()), data.startsAt(),
				data.endsAt(), Texts.blankToNull(data.location()), Texts.blankToNull(data.onlineUrl()), data.alliance(), data.lab(),
				data.isPublic(), data.capacity(), data.registrationOpensAt(), data.registrationClosesAt(),
				data.fundingProgramme(), data.sessions().stream()
					.map(s -> new ProgrammeSession(s.startsAt(), s.endsAt(), s.title().strip(), Texts.blankToNull(s.speakers()),
							Texts.blankToNull(s.room()), Texts.blankToNull(s.track())))
					.toList());
	}

	private static EventData shift(EventData data, Recurrence recurrence, int occurrence) {
		return new EventData(data.title(), data.kind(), data.description(), shift(data.startsAt(), recurrence, occurrence),
				shift(data.endsAt(), recurrence, occurrence), data.location(), data.onlineUrl(), data.alliance(), data.lab(),
				data.isPublic(), data.capacity(), shift(data.registrationOpensAt(), recurrence, occurrence),
				shift(data.registrationClosesAt(), recurrence, occurrence), data.fundingProgramme(),
				data.sessions().stream()
					.map(s -> new ProgrammeSession(shift(s.startsAt(), recurrence, occurrence),
							shift(s.endsAt(), recurrence, occurrence), s.title(), s.speakers(), s.room(), s.track()))
					.toList());
	}

	private static @Nullable OffsetDateTime shift(@Nullable OffsetDateTime time, Recurrence recurrence, int occurrence) {
		return time == null ? null : recurrence.shift(time.atZoneSameInstant(TimeConfiguration.ZONE), occurrence).toOffsetDateTime();
	}

	static String subject(UUID id) {
		return "event:" + id;
	}
}
