package org.regiolab.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.events.RegistrationRefusedException.Reason;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.GroupCommit;
import org.regiolab.platform.GroupCommit.Outcome;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.SecretTokens;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes registrations in the order they arrive and decides them in batches ({@link GroupCommit}):
 * one worker drains whatever has queued up, locks the events concerned, gives seats while there
 * are any and waitlist places after, and commits the whole batch at once. A request is answered
 * only after its batch has committed, so nothing acknowledged is lost; a batch that fails is retried
 * one request at a time, so one bad request fails alone. Batching turns many small transactions, each
 * waiting for its own disk flush under the event's lock, into one flush for all who arrived
 * meanwhile: that is what lets one event take a thousand registrations a second. On several nodes
 * each node has its own worker; the event's row lock keeps them in turn.
 */
@Component
public class RegistrationDesk implements SmartLifecycle {

	private static final int BATCH = 256;

	private final JdbcClient jdbc;
	private final RegistrationMails mails;
	private final Waitlist waitlist;
	private final AuditLog audit;
	private final Clock clock;
	private final NetworkDirectory network;
	private final GroupCommit<Pending, RegistrationOutcome> batches;

	RegistrationDesk(JdbcClient jdbc, TransactionTemplate transaction, RegistrationMails mails, Waitlist waitlist,
			AuditLog audit, Clock clock, NetworkDirectory network) {
		this.network = network;
		this.jdbc = jdbc;
		this.mails = mails;
		this.waitlist = waitlist;
		this.audit = audit;
		this.clock = clock;
		this.batches = new GroupCommit<>("registration-desk", BATCH, transaction, this::decide);
	}

	/**
	 * Registers, or answers the existing registration of the same email.
	 * @throws NotFoundException if there is no such event
	 * @throws RegistrationRefusedException if the event takes no registration from this requester now
	 */
	public RegistrationOutcome register(RegistrationRequest request) {
		if (request.organisation() != null && network.organisationNames(List.of(request.organisation())).isEmpty()) {
			throw new InvalidInputException("organizationId", "registration.organisation.unknown",
					"No organisation " + request.organisation());
		}
		return batches.submit(new Pending(request, AuditLog.currentActor()));
	}

	private record Pending(RegistrationRequest request, String actor) {
	}

	private record EventSeats(UUID id, boolean isPublic, @Nullable Integer capacity,
			@Nullable OffsetDateTime registrationOpensAt, @Nullable OffsetDateTime registrationClosesAt,
			OffsetDateTime startsAt) {
	}

	private record Existing(UUID id, RegistrationStatus status, long arrival) {
	}

	/** Who registers for what: one registration per event and email, whatever the email's case. */
	private record Applicant(UUID event, String email) {

		static Applicant of(RegistrationRequest request) {
			return new Applicant(request.event(), request.email().toLowerCase(Locale.ROOT));
		}
	}

	/** Decides the batch in one transaction; each request's outcome, in order, or the reason it was refused. */
	private List<Outcome<RegistrationOutcome>> decide(List<Pending> batch) {
		BatchDecision decision = new BatchDecision(batch);
		List<Outcome<RegistrationOutcome>> results = new ArrayList<>();
		for (Pending pending : batch) {
			results.add(decision.decide(pending));
		}
		decision.audit();
		return results;
	}

	/** One batch: its events locked and counted once, then each request decided in turn against what the earlier ones took. */
	private final class BatchDecision {

		private final Map<UUID, EventSeats> events;
		private final Occupancy occupancy;
		private final Map<Applicant, Existing> existing;
		private final OffsetDateTime now = OffsetDateTime.now(clock);
		private final Map<String, List<String>> createdByActor = new HashMap<>();

		BatchDecision(List<Pending> batch) {
			UUID[] ids = batch.stream().map(p -> p.request().event()).distinct().sorted().toArray(UUID[]::new);
			this.events = lockEvents(ids);
			this.occupancy = new Occupancy(count(ids));
			this.existing = existing(ids, batch);
		}

		Outcome<RegistrationOutcome> decide(Pending pending) {
			RegistrationRequest request = pending.request();
			EventSeats event = events.get(request.event());
			if (event == null) {
				return Outcome.refused(NotFoundException.of("event", request.event()));
			}
			Applicant applicant = Applicant.of(request);
			Existing before = existing.get(applicant);
			if (before != null && before.status() != RegistrationStatus.CANCELLED) {
				return Outcome.answer(existingOutcome(request.event(), before));
			}
			Reason refusal = refusal(event, request, now);
			if (refusal != null) {
				return Outcome.refused(new RegistrationRefusedException(refusal));
			}
			return Outcome.answer(admit(pending, event, applicant, before));
		}

		private RegistrationOutcome admit(Pending pending, EventSeats event, Applicant applicant, @Nullable Existing before) {
			Occupancy.Place place = occupancy.take(event.id(), event.capacity());
			Existing decided = before == null ? insert(pending.request(), place.status())
					: renew(before.id(), pending.request(), place.status());
			existing.put(applicant, decided);
			mails.registered(decided.id());
			createdByActor.computeIfAbsent(pending.actor(), actor -> new ArrayList<>()).add("registration:" + decided.id());
			return new RegistrationOutcome(decided.id(), place.status(), place.waitlistPosition(), false);
		}

		void audit() {
			createdByActor.forEach((actor, subjects) -> audit.recordAll(actor, "registration.created", subjects));
		}
	}

	/** Locks the events in id order, so that two nodes locking the same events cannot deadlock. */
	private Map<UUID, EventSeats> lockEvents(UUID[] events) {
		return jdbc.sql("""
				select id, public, capacity, registration_opens_at, registration_closes_at, starts_at
				from event where id = any(?) order by id for update""")
			.param(events)
			.query((rs, row) -> new EventSeats(rs.getObject("id", UUID.class), rs.getBoolean("public"),
					(Integer) rs.getObject("capacity"), rs.getObject("registration_opens_at", OffsetDateTime.class),
					rs.getObject("registration_closes_at", OffsetDateTime.class),
					rs.getObject("starts_at", OffsetDateTime.class)))
			.list()
			.stream()
			.collect(Collectors.toMap(EventSeats::id, event -> event));
	}

	private List<Occupancy.Counted> count(UUID[] events) {
		return jdbc.sql("""
				select event, count(*) filter (where status = 'CONFIRMED'), count(*) filter (where status = 'WAITLISTED')
				from registration where event = any(?) and status in ('CONFIRMED', 'WAITLISTED') group by event""")
			.param(events)
			.query((rs, row) -> new Occupancy.Counted(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3)))
			.list();
	}

	/** The registrations made before under the batch's emails; a later row of the same applicant wins, as it always did. */
	private Map<Applicant, Existing> existing(UUID[] events, List<Pending> batch) {
		return jdbc.sql("""
				select event, lower(email) as email, id, status, arrival from registration
				where event = any(?) and lower(email) = any(?)""")
			.params(events, batch.stream().map(p -> Applicant.of(p.request()).email()).toArray(String[]::new))
			.query((rs, row) -> Map.entry(new Applicant(rs.getObject("event", UUID.class), rs.getString("email")),
					new Existing(rs.getObject("id", UUID.class), RegistrationStatus.valueOf(rs.getString("status")),
							rs.getLong("arrival"))))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, later) -> later, HashMap::new));
	}

	private static @Nullable Reason refusal(EventSeats event, RegistrationRequest request, OffsetDateTime now) {
		if (!event.isPublic() && request.account() == null) {
			return Reason.MEMBERS_ONLY;
		}
		if (event.registrationOpensAt() != null && now.isBefore(event.registrationOpensAt())) {
			return Reason.NOT_YET_OPEN;
		}
		OffsetDateTime closes = event.registrationClosesAt() != null ? event.registrationClosesAt() : event.startsAt();
		return now.isBefore(closes) ? null : Reason.CLOSED;
	}

	/** A registration made before under the same email, which is answered instead of a second one. */
	private RegistrationOutcome existingOutcome(UUID event, Existing registration) {
		RegistrationStatus status = registration.status();
		Integer position = status == RegistrationStatus.WAITLISTED ? waitlist.position(event, registration.arrival()) : null;
		return new RegistrationOutcome(registration.id(), status, position, true);
	}

	private Existing insert(RegistrationRequest request, RegistrationStatus status) {
		UUID id = UUID.randomUUID();
		long arrival = jdbc.sql("""
				insert into registration (id, event, arrival, given_name, family_name, email, organisation,
				                          organisation_name, consent_to_contact, language, status, account, cancel_token,
				                          confirmed_at)
				values (?, ?, nextval('registration_arrival'), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
				        case when ? = 'CONFIRMED' then now() end)
				returning arrival""")
			.params(id, request.event(), request.givenName(), request.familyName(), request.email(),
					request.organisation(), request.organisationName(), request.consentToContact(), request.language(),
					status.name(), request.account(), newToken(), status.name())
			.query(Long.class)
			.single();
		return new Existing(id, status, arrival);
	}

	/** A cancelled registration taken up again joins the queue anew, at its end. */
	private Existing renew(UUID id, RegistrationRequest request, RegistrationStatus status) {
		long arrival = jdbc.sql("""
				update registration set arrival = nextval('registration_arrival'), given_name = ?, family_name = ?,
				       organisation = ?, organisation_name = ?, consent_to_contact = ?, language = ?, status = ?,
				       account = ?, registered_at = now(), cancelled_at = null,
				       confirmed_at = case when ? = 'CONFIRMED' then now() end
				where id = ? returning arrival""")
			.params(request.givenName(), request.familyName(), request.organisation(), request.organisationName(),
					request.consentToContact(), request.language(), status.name(), request.account(), status.name(), id)
			.query(Long.class)
			.single();
		return new Existing(id, status, arrival);
	}

	/** The secret in the cancellation link: 192 random bits. */
	static String newToken() {
		return SecretTokens.newToken("", 24);
	}

	@Override
	public void start() {
		batches.start();
	}

	@Override
	public void stop() {
		batches.stop();
	}

	@Override
	public boolean isRunning() {
		return batches.isRunning();
	}
}
