package org.regiolab.platform.mail;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Sends the outbox's due mails, each in a transaction of its own: the row stays locked while the
 * SMTP server takes the mail and is marked sent before the lock is released, so other nodes skip
 * it and nobody sends it again. Only a crash between the server's acceptance and the commit can
 * send a mail twice. A failure is recorded, the mail's next attempt backed off, and the round ends,
 * so that a server that is down is asked once per poll, not once per waiting mail.
 */
@Component
@Conditional(OutboxSender.SmtpHostConfigured.class)
class OutboxSender {

	private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
	private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
	private static final Duration LONGEST_RETRY = Duration.ofHours(1);
	private static final int LONGEST_ERROR = 2000;

	private final JavaMailSender mailSender;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final MailOutboxProperties properties;

	OutboxSender(JavaMailSender mailSender, JdbcClient jdbc, TransactionTemplate transaction,
			MailOutboxProperties properties) {
		this.mailSender = mailSender;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.properties = properties;
	}

	void sendDue() {
		boolean sent;
		do {
			sent = Boolean.TRUE.equals(transaction.execute(status -> sendNext()));
		}
		while (sent);
	}

	/** 30 s after the first failure, doubling, at most an hour: a mail is never given up. */
	static Duration retryDelay(int failedAttempts) {
		// the exponent stops where an hour has long been passed, so that months of failures cannot overflow
		Duration doubled = FIRST_RETRY.multipliedBy(1L << Math.min(failedAttempts - 1, 30));
		return doubled.compareTo(LONGEST_RETRY) < 0 ? doubled : LONGEST_RETRY;
	}

	private boolean sendNext() {
		Optional<Due> due = jdbc.sql("""
				select id, recipient, subject, body, attempts, attachment_name, attachment_type, attachment from mail_outbox
				where sent_at is null and next_attempt_at <= now()
				order by next_attempt_at
				limit 1
				for update skip locked""").query(Due.class).optional();
		if (due.isEmpty()) {
			return false;
		}
		Due mail = due.get();
		try {
			mailSender.send(mime -> {
				MimeMessageHelper message = new MimeMessageHelper(mime, mail.attachment() != null,
						StandardCharsets.UTF_8.name());
				message.setFrom(properties.from());
				message.setTo(mail.recipient());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				if (mail.attachment() != null) {
					message.addAttachment(mail.attachmentName(), new ByteArrayResource(mail.attachment()),
							mail.attachmentType());
				}
			});
		}
		catch (MailException ex) {
			recordFailure(mail, ex);
			return false;
		}
		jdbc.sql("update mail_outbox set attempts = attempts + 1, sent_at = now() where id = ?").param(mail.id()).update();
		return true;
	}

	private void recordFailure(Due mail, MailException ex) {
		int attempts = mail.attempts() + 1;
		Duration delay = retryDelay(attempts);
		String error = Objects.toString(ex.getMessage(), ex.getClass().getName());
		jdbc.sql("""
				update mail_outbox set attempts = ?, next_attempt_at = now() + ? * interval '1 second', last_error = ?
				where id = ?""")
			.params(attempts, delay.toSeconds(), error.substring(0, Math.min(error.length(), LONGEST_ERROR)), mail.id())
			.update();
		// the id leads to the recipient, who stays out of the log
		log.warn("Mail {} not sent (attempt {}), next attempt in {} s: {}", mail.id(), attempts, delay.toSeconds(), error);
	}

	private record Due(UUID id, String recipient, String subject, String body, int attempts,
			@Nullable String attachmentName, @Nullable String attachmentType, byte @Nullable [] attachment) {
	}

	/** Without an SMTP host ({@code REGIOLAB_SMTP_HOST}) there is no server to hand mails to. */
	static class SmtpHostConfigured implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
		}
	}
}
