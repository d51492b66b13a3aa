package org.regiolab.labs;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The coordinators of a lab's alliance get a reminder 90 and 30 days before a certification
 * lapses, each once, through the real SMTP server of the tests.
 */
@IntegrationTest
class CertificationRemindersIntegrationTest {

	/** The application counts days by the calendar of Berlin, whatever the machine's zone. */
	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final String COORDINATOR = "koordination@demo.regiolab.example";

	@Autowired
	Certifications certifications;

	@Autowired
	CertificationReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCertificationThatLapsesIn60DaysIsRemindedOnceAndAgainAt30Days() throws Exception {
		UUID lab = jdbc.sql("select id from lab where name = 'Fachkräftesicherung'").query(UUID.class).single();
		String name = "Familienfreundliches Unternehmen " + UUID.randomUUID().toString().substring(0, 6);
		LocalDate today = LocalDate.now(BERLIN);
		UUID id = certifications.create(lab, new CertificationData(name, today.minusMonths(24).plusDays(60), 24, List.of()));

		reminders.remind();
		assertThat(reminders.remind()).isZero();
		List<MimeMessage> received = await().until(() -> mailsAbout(name), mails -> mails.size() == 1);
		assertThat(received.get(0).getSubject()).contains("»" + name + "«", "erneuert");
		assertThat(received.get(0).getContent().toString()).contains("Fachkräftesicherung", "noch 60 Tage", "/labs/" + lab);

		certifications.update(id, new CertificationData(name, today.minusMonths(24).plusDays(20), 24, List.of()));
		reminders.remind();
		await().until(() -> mailsAbout(name), mails -> mails.size() == 2);
		assertThat(reminders.remind()).isZero();
		assertThat(jdbc.sql("select count(*) from mail_outbox where subject like ?").param("%" + name + "%")
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aLapsedCertificationAndOneFarFromRenewalGetNoReminder() {
		UUID lab = jdbc.sql("select id from lab where name = 'Fachkräftesicherung'").query(UUID.class).single();
		String name = "Weit weg " + UUID.randomUUID().toString().substring(0, 6);
		certifications.create(lab, new CertificationData(name, LocalDate.now(BERLIN), 24, List.of()));
		reminders.remind();
		assertThat(jdbc.sql("select count(*) from mail_outbox where subject like ?").param("%" + name + "%")
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from mail_outbox where subject like '%Fairtrade-Town%'").query(Long.class)
			.single()).isZero();
	}

	private List<MimeMessage> mailsAbout(String name) throws Exception {
		List<MimeMessage> mails = new java.util.ArrayList<>();
		for (MimeMessage message : TestMailServer.receivedBy(COORDINATOR)) {
			if (message.getSubject().contains(name)) {
				mails.add(message);
			}
		}
		return mails;
	}
}
