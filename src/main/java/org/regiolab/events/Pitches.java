package org.regiolab.events;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.accounts.Roles;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The pitches of an event's sessions. Every signed-in user may submit and read them; a pitch is
 * changed by its submitter, coordinators and administrators only, which this class checks itself.
 */
@Service
@Transactional
public class Pitches {

	/** The most characters of challenge, solution and measure each: a pitch is a few minutes long. */
	public static final int MAX_TEXT = 5000;

	private final JdbcClient jdbc;
	private final EventRegistry events;
	private final NetworkDirectory network;
	private final AuditLog audit;

	Pitches(JdbcClient jdbc, EventRegistry events, NetworkDirectory network, AuditLog audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.network = network;
		this.audit = audit;
	}

	/** Submits a pitch; pitches keep the order they were submitted in, also those of one transaction. */
	public UUID submit(UUID event, PitchData data, Authentication user) {
		PitchData clean = check(event, data);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into pitch (id, event, session, presenter, organisation, organisation_name, title, challenge,
				                   solution, measure, submitted_by, submitted_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, clock_timestamp())""")
			.params(id, event, clean.session(), clean.presenter(), clean.organisation(), clean.organisationName(),
					clean.title(), clean.challenge(), clean.solution(), clean.measure(), user.getName())
			.update();
		audit.record("pitch.submitted", "pitch:" + id, clean.title());
		return id;
	}

	public void update(UUID id, PitchData data, Authentication user) {
		Pitch pitch = load(id);
		if (!mayEdit(pitch, user)) {
			throw new AccessDeniedException("Only the submitter, coordinators and administrators change pitch " + id);
		}
		PitchData clean = check(pitch.event(), data);
		jdbc.sql("""
				update pitch set session = ?, presenter = ?, organisation = ?, organisation_name = ?, title = ?,
				       challenge = ?, solution = ?, measure = ?, updated_at = now()
				where id = ?""")
			.params(clean.session(), clean.presenter(), clean.organisation(), clean.organisationName(), clean.title(),
					clean.challenge(), clean.solution(), clean.measure(), id)
			.update();
		audit.record("pitch.changed", "pitch:" + id, clean.title());
	}

	@Transactional(readOnly = true)
	public Pitch load(UUID id) {
		return read("id = ?", id).stream().findFirst().orElseThrow(() -> NotFoundException.of("pitch", id));
	}

	/** The event's pitches in the order they were submitted. */
	@Transactional(readOnly = true)
	public List<Pitch> ofEvent(UUID event) {
		events.load(event);
		return read("event = ?", event);
	}

	public boolean mayEdit(Pitch pitch, Authentication user) {
		return Roles.mayEdit(user) || pitch.submittedBy().equalsIgnoreCase(user.getName());
	}

	private List<Pitch> read(String condition, UUID value) {
		// the condition is one of the constants above, never input
		List<Pitch> pitches = jdbc.sql("""
				select id, event, session, presenter, organisation, organisation_name, title, challenge, solution, measure,
				       submitted_by, submitted_at
				from pitch where %s order by submitted_at, id""".formatted(condition))
			.param(value)
			.query(this::row)
			.list();
		Map<UUID, String> names = network.organisationNames(pitches.stream()
			.map(p -> p.data().organisation()).filter(Objects::nonNull).toList());
		return pitches.stream()
			.map(p -> new Pitch(p.id(), p.event(), p.data(), p.data().organisation() == null ? p.data().organisationName()
					: names.getOrDefault(p.data().organisation(), p.data().organisationName()), p.submittedBy(), p.submittedAt()))
			.toList();
	}

	private Pitch row(ResultSet rs, int row) throws SQLException {
		PitchData data = new PitchData(rs.getObject("session", UUID.class), rs.getString("presenter"),
				rs.getObject("organisation", UUID.class), rs.getString("organisation_name"), rs.getString("title"),
				rs.getString("challenge"), rs.getString("solution"), rs.getString("measure"));
		return new Pitch(rs.getObject("id", UUID.class), rs.getObject("event", UUID.class), data, null,
				rs.getString("submitted_by"), rs.getTimestamp("submitted_at").toInstant());
	}

	/** Checks what only the domain knows, and the texts once more for callers that skip the form's checks. */
	private PitchData check(UUID event, PitchData data) {
		events.load(event);
		Long sessions = jdbc.sql("select count(*) from event_session where id = ? and event = ?")
			.params(data.session(), event).query(Long.class).single();
		if (sessions == 0) {
			throw new InvalidInputException("sessionId", "pitch.session.unknown", "No session " + data.session() + " in " + event);
		}
		if (data.organisation() != null && network.organisationNames(List.of(data.organisation())).isEmpty()) {
			throw new InvalidInputException("organizationId", "pitch.organisation.unknown", "No organisation " + data.organisation());
		}
		return new PitchData(data.session(), required("presenter", data.presenter(), 200), data.organisation(),
				optional("organizationName", data.organisationName(), 300), required("title", data.title(), 300),
				required("challenge", data.challenge(), MAX_TEXT), required("solution", data.solution(), MAX_TEXT),
				required("measure", data.measure(), MAX_TEXT));
	}

	private static String required(String field, @Nullable String text, int max) {
		String clean = optional(field, text, max);
		if (clean == null) {
			throw new InvalidInputException(field, "pitch.text.blank", field + " is blank");
		}
		return clean;
	}

	private static @Nullable String optional(String field, @Nullable String text, int max) {
		String clean = Texts.blankToNull(text);
		if (clean != null && clean.length() > max) {
			throw new InvalidInputException(field, "pitch.text.tooLong", field + " longer than " + max);
		}
		return clean;
	}
}
