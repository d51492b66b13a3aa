package org.regiolab.matchmaking;

import java.util.Locale;

import org.regiolab.events.RegistrationView;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.PlatformProperties;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails of a speed dating, queued in the caller's transaction, each with the participant's
 * secret link: the link to the profile, and the link to the published schedule. They are in German
 * and English, because the registration's language is not part of the events module's public API.
 */
@Component
class SpeedDatingMails {

	private final MailOutbox outbox;
	private final MessageSource messages;
	private final PlatformProperties platform;

	SpeedDatingMails(MailOutbox outbox, MessageSource messages, PlatformProperties platform) {
		this.outbox = outbox;
		this.messages = messages;
		this.platform = platform;
	}

	/** @return whether the mail was queued now (each participant gets the link once) */
	boolean profileLink(RegistrationView participant, String event, String token) {
		return send("link", participant, event, "/matchmaking/p/" + token, "matchmaking:link:" + participant.id());
	}

	/** @param version the publication, so that every publication is announced once */
	boolean schedule(RegistrationView participant, String event, String token, String version) {
		return send("schedule", participant, event, "/matchmaking/p/" + token + "/schedule",
				"matchmaking:schedule:" + participant.id() + ":" + version);
	}

	private boolean send(String kind, RegistrationView participant, String event, String path, String key) {
		Object[] args = { participant.name(), event, platform.publicUrl() + path };
		String subject = text("matchmaking.mail." + kind + ".subject", args, " / ");
		return outbox.enqueue(new OutgoingMail(participant.email(), subject,
				text("matchmaking.mail." + kind + ".text", args, "\n\n---\n\n"), key));
	}

	private String text(String key, Object[] args, String between) {
		return messages.getMessage(key, args, Locale.GERMAN) + between + messages.getMessage(key, args, Locale.ENGLISH);
	}
}
