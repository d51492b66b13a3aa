package org.regiolab.accounts;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records who changed what. Every change to accounts and to personal data goes through here, in
 * the transaction of the change itself, so the log and the data never disagree.
 */
@NamedInterface("api")
@Component
public class AuditLog {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	AuditLog(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * @param action what was done, e.g. {@code account.invited}
	 * @param subject what it was done to, e.g. {@code account:<id>}
	 * @param details a short description without secrets
	 */
	public void record(String action, String subject, @Nullable String details) {
		jdbc.sql("insert into audit_event (actor, action, subject, details) values (?, ?, ?, ?)")
			.params(currentActor(), action, subject, details)
			.update();
	}

	/** One change as the log keeps it: when, by whom, what, and a short description without secrets. */
	public record Entry(Instant at, String actor, String action, @Nullable String details) {
	}

	/**
	 * What was done to {@code subject} (e.g. {@code person:<id>}), oldest first: the history a
	 * person's data export includes.
	 */
	public List<Entry> history(String subject) {
		return jdbc.sql("select at, actor, action, details from audit_event where subject = ? order by id")
			.param(subject)
			.query((rs, row) -> new Entry(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("action"),
					rs.getString("details")))
			.list();
	}

	/**
	 * Records one action on many subjects at once, for bulk changes such as imports that run
	 * without a signed-in user on the thread.
	 */
	public void recordAll(String actor, String action, List<String> subjects) {
		batch.batchUpdate("insert into audit_event (actor, action, subject) values (?, ?, ?)",
				subjects.stream().map(subject -> new Object[] { actor, action, subject }).toList());
	}

	/**
	 * The names of the components that differ between two versions of one record, for an entry
	 * that says what changed without repeating (possibly personal) values.
	 */
	public static List<String> changedFields(Record before, Record after) {
		List<String> changed = new ArrayList<>();
		for (RecordComponent component : before.getClass().getRecordComponents()) {
			try {
				if (!Objects.equals(component.getAccessor().invoke(before), component.getAccessor().invoke(after))) {
					changed.add(component.getName());
				}
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException("Record accessors are public", ex);
			}
		}
		return changed;
	}

	/** Who is acting on this thread: the signed-in user's name, or "system" for jobs and the demo world. */
	public static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
	}
}
