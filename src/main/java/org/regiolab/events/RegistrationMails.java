package org.regiolab.events;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.PlatformProperties;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mails about a registration, in the registrant's language, queued in the caller's
 * transaction. Each carries the link that cancels without an account, and each has an outbox key,
 * so that the same news never reaches anybody twice.
 */
@Component
class RegistrationMails {

	private final JdbcClient jdbc;
	private final MailOutbox outbox;
	private final MessageSource messages;
	private final PlatformProperties platform;

	RegistrationMails(JdbcClient jdbc, MailOutbox outbox, MessageSource messages, PlatformProperties platform) {
		this.jdbc = jdbc;
		this.outbox = outbox;
		this.messages = messages;
		this.platform = platform;
	}

	/** The confirmation of a seat or of a place on the waitlist, whichever the registration holds. */
	void registered(UUID registration) {
		Recipient recipient = recipient(registration);
		String kind = recipient.status().equals("CONFIRMED") ? "confirmed" : "waitlisted";
		send(recipient, kind, kind + ":" + recipient.arrival());
	}

	void promoted(UUID registration) {
		Recipient recipient = recipient(registration);
		send(recipient, "promoted", "promoted:" + recipient.arrival());
	}

	void cancelled(UUID registration) {
		Recipient recipient = recipient(registration);
		send(recipient, "cancelled", "cancelled:" + recipient.arrival());
	}

	void reminder(UUID registration) {
		Recipient recipient = recipient(registration);
		send(recipient, "reminder", "reminder:" + recipient.startsAt().toLocalDate());
	}

	/** Tells everybody still registered that the event will not take place. */
	void eventCancelled(EventView event) {
		jdbc.sql("select id from registration where event = ? and status <> 'CANCELLED'")
			.param(event.id())
			.query(UUID.class)
			.list()
			.forEach(registration -> {
				Recipient recipient = recipient(registration);
				send(recipient, "eventCancelled", "eventCancelled");
			});
	}

	private void send(Recipient recipient, String kind, String keySuffix) {
		Locale locale = Locale.forLanguageTag(recipient.language());
		String when = DateTimeFormatter.ofPattern(messages.getMessage("mail.event.time", null, locale), locale)
			.format(recipient.startsAt());
		String where = Objects.requireNonNullElse(recipient.location(),
				Objects.requireNonNullElse(recipient.onlineUrl(), ""));
		String link = platform.publicUrl() + "/events/registrations/" + recipient.cancelToken();
		Object[] args = { recipient.givenName() + " " + recipient.familyName(), recipient.title(), when, where, link };
		String subject = messages.getMessage("mail.registration." + kind + ".subject", args, locale);
		String text = messages.getMessage("mail.registration." + kind + ".text", args, locale);
		outbox.enqueue(new OutgoingMail(address(recipient), subject, text, "registration:" + recipient.id() + ":" + keySuffix));
	}

	/** Name and address, the name quoted and encoded as mail needs it, whatever characters it has. */
	private static String address(Recipient recipient) {
		try {
			return new InternetAddress(recipient.email(), recipient.givenName() + " " + recipient.familyName(),
					StandardCharsets.UTF_8.name()).toString();
		}
		catch (UnsupportedEncodingException ex) {
			throw new IllegalStateException("UTF-8 is always supported", ex);
		}
	}

	private Recipient recipient(UUID registration) {
		return jdbc.sql("""
				select r.id, r.given_name, r.family_name, r.email, r.language, r.cancel_token, r.arrival, r.status,
				       e.title, e.starts_at, e.location, e.online_url
				from registration r join event e on e.id = r.event where r.id = ?""")
			.param(registration)
			.query((rs, row) -> new Recipient(rs.getObject("id", UUID.class), rs.getString("given_name"),
					rs.getString("family_name"), rs.getString("email"), rs.getString("language"),
					rs.getString("cancel_token"), rs.getLong("arrival"), rs.getString("status"), rs.getString("title"),
					Objects.requireNonNull(EventRegistry.local(rs, "starts_at")), rs.getString("location"),
					rs.getString("online_url")))
			.single();
	}

	private record Recipient(UUID id, String givenName, String familyName, String email, String language,
			String cancelToken, long arrival, String status, String title, OffsetDateTime startsAt,
			@Nullable String location, @Nullable String onlineUrl) {
	}
}
