package org.regiolab.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.regiolab.platform.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reminds everybody with a confirmed seat the day before an event (by the Europe/Berlin calendar).
 * Runs at start and every hour from 8 to 20 o'clock, so that a seat confirmed during the day before
 * is reminded too; each reminder is queued once per registration and event date,
 * however often and on however many nodes this runs, because its outbox key names both. Those on
 * the waitlist and those who cancelled get none.
 */
@Component
class EventReminders {

	private static final Logger log = LoggerFactory.getLogger(EventReminders.class);

	private final JdbcClient jdbc;
	private final RegistrationMails mails;
	private final Clock clock;

	EventReminders(JdbcClient jdbc, RegistrationMails mails, Clock clock) {
		this.jdbc = jdbc;
		this.mails = mails;
		this.clock = clock;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		remind();
	}

	@Scheduled(cron = "0 0 8-20 * * *", zone = TimeConfiguration.ZONE_ID)
	void everyHourOfTheDay() {
		remind();
	}

	/**
	 * Queues the reminders for the events that start tomorrow; answers how many confirmed
	 * registrations it looked at (the outbox drops those reminded before).
	 */
	@Transactional
	int remind() {
		LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
		List<UUID> registrations = jdbc.sql("""
				select r.id from registration r join event e on e.id = r.event
				where r.status = 'CONFIRMED' and e.starts_at >= ? and e.starts_at < ?
				order by e.starts_at, r.arrival""")
			.params(tomorrow.atStartOfDay(clock.getZone()).toOffsetDateTime(),
					tomorrow.plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime())
			.query(UUID.class)
			.list();
		registrations.forEach(mails::reminder);
		if (!registrations.isEmpty()) {
			log.info("Reminded the {} confirmed registrations of tomorrow's events, each once", registrations.size());
		}
		return registrations.size();
	}
}
