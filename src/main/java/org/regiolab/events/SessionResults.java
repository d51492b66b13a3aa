package org.regiolab.events;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.accounts.Roles;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a session's ambassador (»Botschafterin«, »Botschafter«) brings back to all participants:
 * the results and the »Aha-Momente«. Coordinators name the ambassador; the ambassador,
 * coordinators and administrators record, which this class checks itself.
 */
@Service
@Transactional
public class SessionResults {

	/** The most characters of results and aha moments each. */
	public static final int MAX_TEXT = 20000;

	/** A session of the programme with its ambassador and what they recorded. */
	public record SessionResult(UUID session, String title, @Nullable String track, @Nullable String room,
			OffsetDateTime startsAt, @Nullable String ambassador, @Nullable String results, @Nullable String ahaMoments,
			@Nullable Instant recordedAt) {
	}

	private final JdbcClient jdbc;
	private final EventRegistry events;
	private final AuditLog audit;

	SessionResults(JdbcClient jdbc, EventRegistry events, AuditLog audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.audit = audit;
	}

	/** The event's sessions in programme order, each with its results so far. */
	@Transactional(readOnly = true)
	public List<SessionResult> ofEvent(UUID event) {
		events.load(event);
		return jdbc.sql("""
				select s.id, s.title, s.track, s.room, s.starts_at, r.ambassador, r.results, r.aha_moments, r.recorded_at
				from event_session s left join pitch_session r on r.session = s.id
				where s.event = ? order by s.position""")
			.param(event)
			.query((rs, row) -> new SessionResult(rs.getObject("id", UUID.class), rs.getString("title"),
					rs.getString("track"), rs.getString("room"), EventRegistry.local(rs, "starts_at"),
					rs.getString("ambassador"), rs.getString("results"), rs.getString("aha_moments"),
					rs.getTimestamp("recorded_at") == null ? null : rs.getTimestamp("recorded_at").toInstant()))
			.list();
	}

	@Transactional(readOnly = true)
	public SessionResult load(UUID event, UUID session) {
		return ofEvent(event).stream().filter(s -> s.session().equals(session)).findFirst()
			.orElseThrow(() -> new NotFoundException("No session " + session + " in event " + event));
	}

	/** Names the session's ambassador by their account's email; callers check that the user may edit events. */
	public void nameAmbassador(UUID event, UUID session, String email) {
		load(event, session);
		String clean = email.strip().toLowerCase(Locale.ROOT);
		if (clean.length() < 3 || clean.length() > 320 || !clean.contains("@")) {
			throw new InvalidInputException("email", "pitch.ambassador.invalid", "Not an email address: " + email);
		}
		jdbc.sql("""
				insert into pitch_session (session, event, ambassador) values (?, ?, ?)
				on conflict (session) do update set ambassador = excluded.ambassador""")
			.params(session, event, clean)
			.update();
		audit.record("pitch.ambassador-named", "event:" + event, clean);
	}

	public void record(UUID event, UUID session, @Nullable String results, @Nullable String ahaMoments,
			Authentication user) {
		if (!mayRecord(load(event, session), user)) {
			throw new AccessDeniedException("Only the ambassador, coordinators and administrators record session " + session);
		}
		String cleanResults = text("results", results);
		String cleanAha = text("ahaMoments", ahaMoments);
		jdbc.sql("""
				insert into pitch_session (session, event, results, aha_moments, recorded_by, recorded_at)
				values (?, ?, ?, ?, ?, now())
				on conflict (session) do update set results = excluded.results, aha_moments = excluded.aha_moments,
				    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
			.params(session, event, cleanResults, cleanAha, user.getName())
			.update();
		audit.record("pitch.results-recorded", "event:" + event, "session " + session);
	}

	public boolean mayRecord(SessionResult session, Authentication user) {
		return Roles.mayEdit(user) || user.getName().equalsIgnoreCase(session.ambassador());
	}

	private static @Nullable String text(String field, @Nullable String text) {
		String clean = Texts.blankToNull(text);
		if (clean != null && clean.length() > MAX_TEXT) {
			throw new InvalidInputException(field, "pitch.text.tooLong", field + " longer than " + MAX_TEXT);
		}
		return clean;
	}
}
