package org.regiolab.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.events.RegistrationRefusedException.Reason;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.PersonErased;
import org.regiolab.platform.ItemsPage;
import org.regiolab.platform.LikePattern;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participant list of an event: reading it, cancelling (which moves the waitlist up), checking
 * people in on the day and adding those who come without registering.
 */
@NamedInterface("api")
@Service
@Transactional
public class Registrations {

	/** A walk-in as the check-in desk enters it. */
	public record WalkIn(String givenName, String familyName, String email, @Nullable UUID organisation,
			@Nullable String organisationName) {
	}

	private final JdbcClient jdbc;
	private final Waitlist waitlist;
	private final RegistrationMails mails;
	private final NetworkDirectory network;
	private final AuditLog audit;

	Registrations(JdbcClient jdbc, Waitlist waitlist, RegistrationMails mails, NetworkDirectory network, AuditLog audit) {
		this.jdbc = jdbc;
		this.waitlist = waitlist;
		this.mails = mails;
		this.network = network;
		this.audit = audit;
	}

	/**
	 * One page of an event's registrations in arrival order.
	 * @param query part of a name, an email or an organisation
	 */
	@Transactional(readOnly = true)
	public ItemsPage<RegistrationView> list(UUID event, @Nullable String query, @Nullable RegistrationStatus status,
			int page, int size) {
		String pattern = LikePattern.contains(query);
		String where = """
				where r.event = :event and (cast(:status as text) is null or r.status = :status)
				  and (cast(:pattern as text) is null or lower(r.given_name || ' ' || r.family_name) like :pattern
				       or lower(r.email) like :pattern or lower(coalesce(r.organisation_name, '')) like :pattern)""";
		long total = jdbc.sql("select count(*) from registration r " + where)
			.param("event", event)
			.param("status", status == null ? null : status.name())
			.param("pattern", pattern)
			.query(Long.class)
			.single();
		List<RegistrationView> items = jdbc.sql(SELECT + where + " order by r.arrival limit :size offset :offset")
			.param("event", event)
			.param("status", status == null ? null : status.name())
			.param("pattern", pattern)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(this::row)
			.list();
		return new ItemsPage<>(named(items), total, page, size);
	}

	/**
	 * Every registration of the event with the status, or all of them, in arrival order, for an export or
	 * a speed dating; the organisation names are looked up a batch at a time.
	 */
	@Transactional(readOnly = true)
	public void forEach(UUID event, @Nullable RegistrationStatus status, Consumer<? super RegistrationView> row) {
		List<RegistrationView> batch = new ArrayList<>();
		try (Stream<RegistrationView> all = jdbc.sql(SELECT + """
				where r.event = :event and (cast(:status as text) is null or r.status = :status) order by r.arrival""")
			.param("event", event)
			.param("status", status == null ? null : status.name())
			.query(this::row)
			.stream()) {
			all.forEach(view -> {
				batch.add(view);
				if (batch.size() == NAMED_AT_ONCE) {
					named(batch).forEach(row);
					batch.clear();
				}
			});
		}
		named(batch).forEach(row);
	}

	/** The people with a seat, by family name, for the check-in desk; {@code query} narrows by name or organisation. */
	@Transactional(readOnly = true)
	public List<RegistrationView> forCheckIn(UUID event, @Nullable String query) {
		return named(jdbc.sql(SELECT + """
				where r.event = :event and r.status = 'CONFIRMED'
				  and (cast(:pattern as text) is null or lower(r.given_name || ' ' || r.family_name) like :pattern
				       or lower(coalesce(r.organisation_name, '')) like :pattern or lower(r.email) like :pattern)
				order by lower(r.family_name), lower(r.given_name) limit 1000""")
			.param("event", event)
			.param("pattern", LikePattern.contains(query))
			.query(this::row)
			.list());
	}

	@Transactional(readOnly = true)
	public Optional<RegistrationView> find(UUID event, UUID registration) {
		return jdbc.sql(SELECT + "where r.event = :event and r.id = :id")
			.param("event", event)
			.param("id", registration)
			.query(this::row)
			.optional()
			.map(view -> named(List.of(view)).get(0));
	}

	/** The registration behind a cancellation link. */
	@Transactional(readOnly = true)
	public Optional<RegistrationView> byToken(String token) {
		return jdbc.sql(SELECT + "where r.cancel_token = :token")
			.param("token", token)
			.query(this::row)
			.optional()
			.map(view -> named(List.of(view)).get(0));
	}

	/** Cancels and gives the seat to the first on the waitlist; cancelling twice changes nothing. */
	public RegistrationView cancel(UUID event, UUID registration) {
		waitlist.lock(event);
		RegistrationView before = load(event, registration);
		if (before.status() != RegistrationStatus.CANCELLED) {
			jdbc.sql("update registration set status = 'CANCELLED', cancelled_at = now() where id = ?")
				.param(registration)
				.update();
			mails.cancelled(registration);
			waitlist.promote(event);
			audit.record("registration.cancelled", "registration:" + registration, null);
		}
		return load(event, registration);
	}

	/** Cancels through the link in a mail, without an account. */
	public RegistrationView cancelByToken(String token) {
		RegistrationView registration = byToken(token).orElseThrow(() -> new NotFoundException("No registration"));
		return cancel(registration.event(), registration.id());
	}

	/** Marks a confirmed person as present; a second tap changes nothing. */
	public RegistrationView checkIn(UUID event, UUID registration) {
		RegistrationView before = load(event, registration);
		if (before.status() != RegistrationStatus.CONFIRMED) {
			throw new RegistrationRefusedException(Reason.NOT_CONFIRMED);
		}
		if (before.checkedInAt() == null) {
			jdbc.sql("update registration set checked_in_at = now() where id = ?").param(registration).update();
			audit.record("registration.checkedIn", "registration:" + registration, null);
		}
		return load(event, registration);
	}

	/** Takes back a check-in tapped by mistake. */
	public RegistrationView undoCheckIn(UUID event, UUID registration) {
		load(event, registration);
		jdbc.sql("update registration set checked_in_at = null where id = ?").param(registration).update();
		audit.record("registration.checkInUndone", "registration:" + registration, null);
		return load(event, registration);
	}

	/**
	 * Adds somebody who came without registering, checked in at once. They are there, so they count
	 * even beyond the capacity; somebody already registered with the email is checked in instead.
	 */
	public RegistrationView walkIn(UUID event, WalkIn person) {
		waitlist.lock(event);
		Optional<UUID> known = jdbc.sql("select id from registration where event = ? and lower(email) = lower(?)")
			.params(event, person.email())
			.query(UUID.class)
			.optional();
		UUID id = known.orElseGet(UUID::randomUUID);
		if (known.isPresent()) {
			jdbc.sql("""
					update registration set status = 'CONFIRMED', confirmed_at = coalesce(confirmed_at, now()),
					       cancelled_at = null, checked_in_at = coalesce(checked_in_at, now())
					where id = ?""").param(id).update();
		}
		else {
			jdbc.sql("""
					insert into registration (id, event, arrival, given_name, family_name, email, organisation,
					                          organisation_name, consent_to_contact, language, status, walk_in,
					                          cancel_token, confirmed_at, checked_in_at, account)
					values (?, ?, nextval('registration_arrival'), ?, ?, ?, ?, ?, false, 'de', 'CONFIRMED', true, ?, now(),
					        now(), ?)""")
				.params(id, event, person.givenName().strip(), person.familyName().strip(), person.email().strip(),
						person.organisation(), Texts.blankToNull(person.organisationName()),
						RegistrationDesk.newToken(), AuditLog.currentActor())
				.update();
		}
		audit.record("registration.walkIn", "registration:" + id, null);
		return load(event, id);
	}

	/** An erased person's registrations keep counting, but name nobody. */
	@EventListener
	void erase(PersonErased erased) {
		if (erased.email() == null) {
			return;
		}
		List<UUID> anonymised = jdbc.sql("""
				update registration set given_name = 'Gelöschte', family_name = 'Person',
				       email = 'geloescht-' || id || '@invalid', consent_to_contact = false, account = null
				where lower(email) = lower(?) returning id""")
			.param(erased.email())
			.query(UUID.class)
			.list();
		if (!anonymised.isEmpty()) {
			audit.recordAll(AuditLog.currentActor(), "registration.anonymised",
					anonymised.stream().map(id -> "registration:" + id).toList());
		}
	}

	private RegistrationView load(UUID event, UUID registration) {
		return find(event, registration).orElseThrow(() -> NotFoundException.of("registration", registration));
	}

	private static final int NAMED_AT_ONCE = 1000;

	private static final String SELECT = """
			select r.id, r.event, r.given_name, r.family_name, r.email, r.organisation, r.organisation_name,
			       r.consent_to_contact, r.status, r.walk_in, r.registered_at, r.cancelled_at, r.checked_in_at,
			       case when r.status = 'WAITLISTED' then
			         (select count(*)::int + 1 from registration w
			          where w.event = r.event and w.status = 'WAITLISTED' and w.arrival < r.arrival) end as position
			from registration r
			""";

	private RegistrationView row(ResultSet rs, int row) throws SQLException {
		return new RegistrationView(rs.getObject("id", UUID.class), rs.getObject("event", UUID.class),
				rs.getString("given_name"), rs.getString("family_name"), rs.getString("email"),
				rs.getObject("organisation", UUID.class), rs.getString("organisation_name"),
				rs.getBoolean("consent_to_contact"), RegistrationStatus.valueOf(rs.getString("status")),
				(Integer) rs.getObject("position"), rs.getBoolean("walk_in"), rs.getTimestamp("registered_at").toInstant(),
				instant(rs.getTimestamp("cancelled_at")), instant(rs.getTimestamp("checked_in_at")));
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	/** Puts the registry's names of organisations in place, in one query for the page. */
	private List<RegistrationView> named(List<RegistrationView> views) {
		Map<UUID, String> names = network.organisationNames(
				views.stream().map(RegistrationView::organisation).filter(java.util.Objects::nonNull).toList());
		List<RegistrationView> named = new ArrayList<>();
		for (RegistrationView v : views) {
			String name = v.organisation() != null && names.containsKey(v.organisation()) ? names.get(v.organisation())
					: v.organisationName();
			named.add(new RegistrationView(v.id(), v.event(), v.givenName(), v.familyName(), v.email(), v.organisation(),
					name, v.consentToContact(), v.status(), v.waitlistPosition(), v.walkIn(), v.registeredAt(),
					v.cancelledAt(), v.checkedInAt()));
		}
		return named;
	}
}
