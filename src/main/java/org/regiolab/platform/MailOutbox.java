package org.regiolab.platform;

import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mails to send, kept in the database until an SMTP server has accepted them. A sender in
 * {@code platform.mail} sends what is due every few seconds, on whichever node gets to it first.
 */
@Component
public class MailOutbox {

	private final JdbcClient jdbc;

	MailOutbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Queues the mail in the caller's transaction (so it is stored exactly when the caller's change
	 * commits; without a transaction, at once). It is sent later, retried while the SMTP server is
	 * down, and never sent twice once the server accepted it.
	 * @return true if queued, false if a mail with the same key was queued before
	 */
	public boolean enqueue(OutgoingMail mail) {
		OutgoingMail.Attachment attachment = mail.attachment();
		return jdbc.sql("""
				insert into mail_outbox (id, recipient, subject, body, key, attachment_name, attachment_type, attachment)
				values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (key) do nothing""")
			.params(UUID.randomUUID(), mail.to(), mail.subject(), mail.text(), mail.key(),
					attachment == null ? null : attachment.name(), attachment == null ? null : attachment.mediaType(),
					attachment == null ? null : attachment.content())
			.update() == 1;
	}
}
