package org.regiolab.events;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regiolab.RegioLabApplication;
import org.regiolab.support.LiveHttp;
import org.regiolab.support.TestDatabase;
import org.regiolab.support.TestMailServer;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A confirmation acknowledged while the SMTP server is down survives a restart of RegioLab and is
 * sent exactly once when the server is back. Two applications on the shared test database stand for
 * RegioLab before and after the restart.
 */
class RegistrationMailRestartTest {

	private ConfigurableApplicationContext running;

	@AfterEach
	void stopAndRestartTheMailServer() {
		if (running != null) {
			running.close();
		}
		TestMailServer.start();
	}

	@Test
	void aConfirmationQueuedWhileTheMailServerIsDownIsSentOnceAfterARestart() {
		TestMailServer.start(); // it keeps the port it gets now, where RegioLab will find it again
		TestMailServer.stop();
		running = start();
		OffsetDateTime start = OffsetDateTime.now().plusDays(20);
		UUID event = running.getBean(EventRegistry.class).create(new EventData("Neustart-Frühstück " + UUID.randomUUID(),
				EventKind.BREAKFAST, null, start, start.plusHours(2), "Bottrop", null, null, null, true, 10, null, null,
				null, List.of()));
		String email = "neustart-" + UUID.randomUUID() + "@example.org";
		HttpResponse<String> answer = new LiveHttp(port(running)).send("POST", "/api/v1/events/" + event + "/registrations",
				"{\"givenName\": \"Jörg\", \"familyName\": \"Weiß\", \"email\": \"" + email + "\"}",
				"Content-Type", "application/json");
		assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
		String key = "registration:" + answer.body().replaceFirst(".*\"id\":\"([^\"]+)\".*", "$1") + ":%";
		JdbcClient jdbc = running.getBean(JdbcClient.class);
		await().atMost(Duration.ofSeconds(30)).until(() -> attempts(jdbc, key) > 0);

		running.close();
		TestMailServer.start();
		running = start();
		// the retry is due now rather than after its back-off, which OutboxSenderTest covers
		running.getBean(JdbcClient.class).sql("update mail_outbox set next_attempt_at = now() where key like ?")
			.param(key).update();

		await().atMost(Duration.ofSeconds(30)).until(() -> TestMailServer.receivedBy(email).size() == 1);
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5))
			.until(() -> TestMailServer.receivedBy(email).size() == 1);
	}

	private static ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(RegioLabApplication.class)
			.initializers(new TestDatabase(), context -> TestMailServer.settings().applyTo(context))
			.properties("server.port=0", "regiolab.demo=true", "regiolab.portal.index-dir=target/portal-index/${random.uuid}")
			.run();
	}

	private static int port(ConfigurableApplicationContext context) {
		return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
	}

	/** The failed attempts to send the registration's mail, which has its outbox key. */
	private static int attempts(JdbcClient jdbc, String key) {
		return jdbc.sql("select coalesce(max(attempts), 0) from mail_outbox where key like ? and sent_at is null")
			.param(key).query(Integer.class).single();
	}
}
