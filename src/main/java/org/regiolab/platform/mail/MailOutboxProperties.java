package org.regiolab.platform.mail;

import java.time.Duration;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The outbox's settings; the SMTP server is Spring Boot's {@code spring.mail.*}.
 * @param from the sender of every mail ({@code REGIOLAB_MAIL_FROM})
 * @param pollInterval how long the sender rests between two looks for due mails
 */
@ConfigurationProperties("regiolab.mail")
record MailOutboxProperties(@DefaultValue("RegioLab <noreply@regiolab.local>") String from,
		@DefaultValue("5s") Duration pollInterval) {

	MailOutboxProperties {
		// checked at start: with a sender address that no server accepts, every mail would wait for ever
		try {
			new InternetAddress(from, true);
		}
		catch (AddressException ex) {
			throw new IllegalArgumentException("regiolab.mail.from is not one valid mail address: " + from, ex);
		}
	}
}
