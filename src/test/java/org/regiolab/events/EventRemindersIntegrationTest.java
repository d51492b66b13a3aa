package org.regiolab.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.regiolab.platform.TimeConfiguration;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Those with a confirmed seat get one reminder the day before the event, through the real SMTP
 * server of the tests; those on the waitlist and the guests of later events get none.
 */
@IntegrationTest
class EventRemindersIntegrationTest {

	@Autowired
	EventRegistry events;

	@Autowired
	RegistrationDesk desk;

	@Autowired
	EventReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theConfirmedOfAnEventTomorrowAreRemindedOnceTheWaitlistedNot() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String title = "Netzwerktreffen Morgen " + tag;
		UUID event = events.create(event(title, 1));
		List<String> confirmed = List.of("morgen-1-" + tag + "@example.org", "morgen-2-" + tag + "@example.org");
		String waitlisted = "morgen-3-" + tag + "@example.org";
		for (String email : confirmed) {
			assertThat(register(event, email).status()).isEqualTo(RegistrationStatus.CONFIRMED);
		}
		assertThat(register(event, waitlisted).status()).isEqualTo(RegistrationStatus.WAITLISTED);

		reminders.remind();
		reminders.remind();

		for (String email : confirmed) {
			List<MimeMessage> received = await().until(() -> reminders(email, title), mails -> mails.size() == 1);
			assertThat(received.get(0).getContent().toString()).contains("/events/registrations/", title);
		}
		assertThat(remindersQueued(event)).isEqualTo(2);
		assertThat(reminders(waitlisted, title)).isEmpty();
	}

	@Test
	void anEventInThreeDaysGetsNoReminderYet() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		UUID event = events.create(event("Werkstattgespräch Übermorgen " + tag, 3));
		assertThat(register(event, "spaeter-" + tag + "@example.org").status()).isEqualTo(RegistrationStatus.CONFIRMED);

		reminders.remind();

		assertThat(remindersQueued(event)).isZero();
	}

	/** A public event for two, at 10:00 Berlin time so many days from today. */
	private static EventData event(String title, int daysAhead) {
		OffsetDateTime start = LocalDate.now(TimeConfiguration.ZONE).plusDays(daysAhead).atTime(10, 0)
			.atZone(TimeConfiguration.ZONE).toOffsetDateTime();
		return new EventData(title, EventKind.NETWORK_MEETING, null, start, start.plusHours(3), "Berlin", null, null, null,
				true, 2, null, null, null, List.of());
	}

	private RegistrationOutcome register(UUID event, String email) {
		return desk.register(new RegistrationRequest(event, "Gast", email.substring(0, email.indexOf('@')), email, null,
				null, false, "de", null));
	}

	private long remindersQueued(UUID event) {
		return jdbc.sql("""
				select count(*) from mail_outbox o join registration r on o.key like 'registration:' || r.id || ':reminder:%'
				where r.event = ?""")
			.param(event)
			.query(Long.class)
			.single();
	}

	private static List<MimeMessage> reminders(String email, String title) throws Exception {
		List<MimeMessage> mails = new ArrayList<>();
		for (MimeMessage message : TestMailServer.receivedBy(email)) {
			if (message.getSubject().equals("Morgen: " + title)) {
				mails.add(message);
			}
		}
		return mails;
	}
}
