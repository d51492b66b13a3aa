package org.regiolab.labs;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.regiolab.accounts.AccountDirectory;
import org.regiolab.accounts.AccountView;
import org.regiolab.accounts.Role;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.PlatformProperties;
import org.regiolab.platform.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails the coordinators of a lab's alliance 90 and 30 days before a certification must be
 * renewed (the administrators, if the alliance has no coordinators). Runs every morning and at
 * start; each reminder is queued once per renewal date, however often and on however many nodes
 * this runs, because its outbox key names certification, renewal date and stage.
 */
@Component
class CertificationReminders {

	private static final Logger log = LoggerFactory.getLogger(CertificationReminders.class);

	/** Days before renewal at which a reminder goes out. */
	static final List<Integer> STAGES = List.of(30, 90);

	private final Certifications certifications;
	private final LabRegistry labs;
	private final NetworkDirectory network;
	private final AccountDirectory accounts;
	private final MailOutbox outbox;
	private final MessageSource messages;
	private final PlatformProperties platform;

	CertificationReminders(Certifications certifications, LabRegistry labs, NetworkDirectory network,
			AccountDirectory accounts, MailOutbox outbox, MessageSource messages, PlatformProperties platform) {
		this.certifications = certifications;
		this.labs = labs;
		this.network = network;
		this.accounts = accounts;
		this.outbox = outbox;
		this.messages = messages;
		this.platform = platform;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStart() {
		remind();
	}

	@Scheduled(cron = "0 0 7 * * *", zone = TimeConfiguration.ZONE_ID)
	void everyMorning() {
		remind();
	}

	/** Queues the reminders that are due today; answers how many mails it queued. */
	@Transactional
	int remind() {
		int queued = 0;
		for (Certifications.Certification certification : certifications.dueWithin(STAGES.get(STAGES.size() - 1))) {
			if (certification.lapsed()) {
				continue;
			}
			// a RegioLab that was down on day 90 still sends the 30-day reminder, but not both
			int stage = STAGES.stream().filter(days -> certification.daysLeft() <= days).findFirst().orElseThrow();
			for (String recipient : recipients(certification)) {
				if (outbox.enqueue(mail(certification, stage, recipient))) {
					queued++;
				}
			}
		}
		if (queued > 0) {
			log.info("Queued {} certification reminders", queued);
		}
		return queued;
	}

	private List<String> recipients(Certifications.Certification certification) {
		LabView lab = labs.load(certification.lab());
		List<String> coordinators = lab.data().alliance() == null ? List.of() : network.coordinatorsOf(lab.data().alliance());
		return coordinators.isEmpty()
				? accounts.find(null, Role.ADMIN, 0, 100).items().stream().map(AccountView::email).toList()
				: coordinators;
	}

	private OutgoingMail mail(Certifications.Certification certification, int stage, String recipient) {
		Locale german = Locale.GERMAN;
		String renewsOn = certification.renewsOn().format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
		String link = platform.publicUrl().resolve("/labs/" + certification.lab()).toString();
		return new OutgoingMail(recipient,
				messages.getMessage("certification.reminder.subject", new Object[] { certification.data().name(), renewsOn }, german),
				messages.getMessage("certification.reminder.text", new Object[] { certification.data().name(),
						certification.labName(), renewsOn, certification.daysLeft(), link }, german),
				// the recipient as a name-based UUID keeps the key short whatever the address
				"certification:%s:%s:%d:%s".formatted(certification.id(), certification.renewsOn(), stage,
						UUID.nameUUIDFromBytes(recipient.getBytes(StandardCharsets.UTF_8))));
	}
}
