package org.regiolab.platform;

import java.util.Objects;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.jspecify.annotations.Nullable;

/**
 * A plain-text mail to one recipient.
 * @param to one address, optionally with a name ({@code Erika Muster <erika@example.org>})
 * @param subject one line
 * @param text the body
 * @param key optional idempotency key; a second enqueue with the same key is ignored
 * (e.g. {@code "certification:<id>:reminder-90"})
 * @param attachment optional file sent with the mail, such as an iCalendar invitation
 */
public record OutgoingMail(String to, String subject, String text, @Nullable String key,
		@Nullable Attachment attachment) {

	/** A file sent with a mail. */
	public record Attachment(String name, String mediaType, byte[] content) {
	}

	public OutgoingMail(String to, String subject, String text, @Nullable String key) {
		this(to, subject, text, key, null);
	}

	/** @throws IllegalArgumentException for anything but one valid address or a subject of more than one line */
	public OutgoingMail {
		Objects.requireNonNull(text, "text");
		// refused here, in the caller's transaction: once queued, a mail no server accepts would be retried for ever
		try {
			new InternetAddress(Objects.requireNonNull(to, "to"), true);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("Not one valid mail address: " + to, ex);
		}
		if (Objects.requireNonNull(subject, "subject").isBlank() || subject.contains("\n") || subject.contains("\r")) {
			throw new IllegalArgumentException("A subject is one line that is not blank");
		}
	}
}
