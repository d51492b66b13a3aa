package org.regiolab.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One SMTP server (GreenMail) per test JVM, shared by every Spring context of the run like
 * {@link TestDatabase}. It keeps the port it first got, so that a test can {@link #stop} it and
 * {@link #start} it again where the application sends its mails.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static GreenMail server;
	private static ServerSetup setup = ServerSetupTest.SMTP.dynamicPort();

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		start();
		settings().applyTo(context);
	}

	/** Where the application sends its mails, also while the server is stopped. */
	public static synchronized TestPropertyValues settings() {
		// the outbox's sender looks often, so that tests wait for mails in milliseconds, not seconds
		return TestPropertyValues.of("spring.mail.host=" + setup.getBindAddress(), "spring.mail.port=" + setup.getPort(),
				"regiolab.mail.poll-interval=200ms");
	}

	/** Starts the server unless it runs; after a {@link #stop} it has forgotten what it received. */
	public static synchronized void start() {
		if (server == null) {
			server = new GreenMail(setup);
			server.start();
			setup = setup.port(server.getSmtp().getPort());
		}
	}

	/** Stops the server, as if the SMTP server were down; a test that calls this starts it again. */
	public static synchronized void stop() {
		if (server != null) {
			server.stop();
			server = null;
		}
	}

	/** The messages received for {@code address} since the server last started. */
	public static synchronized List<MimeMessage> receivedBy(String address) {
		return server == null ? List.of() : Arrays.stream(server.getReceivedMessages())
			.filter(message -> isFor(message, address))
			.toList();
	}

	private static boolean isFor(MimeMessage message, String address) {
		try {
			return Arrays.stream(message.getAllRecipients())
				.anyMatch(recipient -> ((InternetAddress) recipient).getAddress().equalsIgnoreCase(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
