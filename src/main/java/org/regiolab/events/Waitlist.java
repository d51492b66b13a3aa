package org.regiolab.events;

import java.util.List;
import java.util.UUID;

import org.regiolab.platform.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue for seats. Every change of who holds a seat happens while the event's row is locked,
 * so registrations, cancellations and capacity changes of one event take their turns and a seat
 * is never given twice; the waitlist moves up strictly in arrival order.
 */
@Component
class Waitlist {

	private final JdbcClient jdbc;
	private final RegistrationMails mails;

	Waitlist(JdbcClient jdbc, RegistrationMails mails) {
		this.jdbc = jdbc;
		this.mails = mails;
	}

	/** Locks the event's row until the transaction ends. */
	void lock(UUID event) {
		jdbc.sql("select id from event where id = ? for update")
			.param(event)
			.query(UUID.class)
			.optional()
			.orElseThrow(() -> NotFoundException.of("event", event));
	}

	/** Gives free seats to the first on the waitlist and mails them; the caller holds the event's lock. */
	void promote(UUID event) {
		Integer capacity = jdbc.sql("select capacity from event where id = ?").param(event).query(Integer.class).single();
		int confirmed = jdbc.sql("select count(*) from registration where event = ? and status = 'CONFIRMED'")
			.param(event)
			.query(Integer.class)
			.single();
		String limit = capacity == null ? "all" : Integer.toString(Math.max(0, capacity - confirmed));
		// the limit is a number computed here, never input
		List<UUID> promoted = jdbc.sql("""
				update registration set status = 'CONFIRMED', confirmed_at = now()
				where id in (select id from registration where event = ? and status = 'WAITLISTED'
				             order by arrival limit %s)
				returning id""".formatted(limit))
			.param(event)
			.query(UUID.class)
			.list();
		promoted.forEach(mails::promoted);
	}

	/** 1 for the next to move up. */
	int position(UUID event, long arrival) {
		return jdbc.sql("select count(*) + 1 from registration where event = ? and status = 'WAITLISTED' and arrival < ?")
			.params(event, arrival)
			.query(Integer.class)
			.single();
	}
}
