package org.regiolab.platform;

import java.time.Duration;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Queued mails reach a real SMTP server once, in UTF-8, only if their transaction commits, even after an outage. */
@IntegrationTest
class MailOutboxIntegrationTest {

	static final String SUBJECT = "Erinnerung: Zertifizierung läuft ab";
	static final String TEXT = "Guten Tag, die Zertifizierung Ihres Reallabors läuft in 90 Tagen ab. Grüße: ä ö ü ß Ä Ö Ü";

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void mailServerRuns() {
		TestMailServer.start();
	}

	@Test
	void aQueuedMailArrivesOnceWithItsUmlautsIntact() throws Exception {
		String to = newRecipient();
		assertThat(outbox.enqueue(new OutgoingMail(to, SUBJECT, TEXT, null))).isTrue();

		MimeMessage mail = arrivesOnce(to);
		assertThat(mail.getSubject()).isEqualTo(SUBJECT);
		assertThat(mail.getContent()).asString().isEqualTo(TEXT);
		assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
		assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).isEqualTo("noreply@regiolab.local");
	}

	@Test
	void aMailQueuedInATransactionThatRollsBackIsNeverSent() {
		String discarded = newRecipient();
		transaction.executeWithoutResult(status -> {
			outbox.enqueue(new OutgoingMail(discarded, SUBJECT, TEXT, null));
			status.setRollbackOnly();
		});
		String committed = newRecipient();
		outbox.enqueue(new OutgoingMail(committed, SUBJECT, TEXT, null));

		arrivesOnce(committed);
		assertThat(TestMailServer.receivedBy(discarded)).isEmpty();
		assertThat(jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(discarded).query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSameKeyTwiceQueuesOneMail() {
		String to = newRecipient();
		OutgoingMail reminder = new OutgoingMail(to, SUBJECT, TEXT, "certification:" + UUID.randomUUID() + ":reminder-90");

		assertThat(outbox.enqueue(reminder)).isTrue();
		assertThat(outbox.enqueue(reminder)).isFalse();
		arrivesOnce(to);
		assertThat(outbox.enqueue(reminder)).as("queued again after it was sent").isFalse();
	}

	@Test
	void whileTheMailServerIsDownMailsWaitAndArriveOnceWhenItIsBack() {
		TestMailServer.stop();
		String to = newRecipient();
		outbox.enqueue(new OutgoingMail(to, SUBJECT, TEXT, null));

		await().atMost(Duration.ofSeconds(10)).until(() -> attempts(to) == 1);
		assertThat(secondsUntilNextAttempt(to)).isBetween(25.0, 30.0);
		assertThat(jdbc.sql("select last_error from mail_outbox where recipient = ?").param(to).query(String.class)
			.single()).isNotBlank();
		dueNow(to);
		await().atMost(Duration.ofSeconds(10)).until(() -> attempts(to) == 2);
		assertThat(secondsUntilNextAttempt(to)).as("backed off twice as long").isBetween(55.0, 60.0);

		TestMailServer.start();
		dueNow(to);
		arrivesOnce(to);
		assertThat(attempts(to)).isEqualTo(3);
	}

	/** Waits for the mail, then for a few more rounds of the sender, in which it must not come again. */
	private MimeMessage arrivesOnce(String to) {
		await().atMost(Duration.ofSeconds(10)).until(() -> !TestMailServer.receivedBy(to).isEmpty());
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(2))
			.until(() -> TestMailServer.receivedBy(to).size() == 1);
		assertThat(jdbc.sql("select sent_at is not null from mail_outbox where recipient = ?").param(to)
			.query(Boolean.class).single()).isTrue();
		return TestMailServer.receivedBy(to).get(0);
	}

	private int attempts(String to) {
		return jdbc.sql("select attempts from mail_outbox where recipient = ?").param(to).query(Integer.class).single();
	}

	private double secondsUntilNextAttempt(String to) {
		return jdbc.sql("select extract(epoch from next_attempt_at - now()) from mail_outbox where recipient = ?")
			.param(to).query(Double.class).single();
	}

	/** As if the back-off had passed. */
	private void dueNow(String to) {
		jdbc.sql("update mail_outbox set next_attempt_at = now() where recipient = ?").param(to).update();
	}

	private static String newRecipient() {
		return "person-" + UUID.randomUUID() + "@example.org";
	}
}
