package org.regiolab.feedback;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.regiolab.platform.database.EmbeddedPostgresServer;
import org.regiolab.support.RegioLabProcess;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The judgement: 5,000 feedbacks, a tenth of them sent twice, while RegioLab is killed with
 * SIGKILL in the middle and started again on the same data; the kiosks then send again whatever was
 * not acknowledged. In the end every feedback that was ever answered 200 or 201 is stored, each
 * exactly once, and the station's summary counts them all. RegioLab runs in a child JVM, so that
 * the kill is a real one: no shutdown hook, its PostgreSQL orphaned until the restart stops it.
 */
class FeedbackCrashTest {

	private static final Logger log = LoggerFactory.getLogger(FeedbackCrashTest.class);

	private static final int FEEDBACKS = 5_000;
	private static final int SENT_TWICE = FEEDBACKS / 10;
	private static final int KIOSKS = 24;

	private final Path directory = Path.of("target", "feedback-crash-" + UUID.randomUUID());
	/** A kiosk sends far more here than the rate limit lets a real one send at once. */
	private final Map<String, String> settings = Map.of("REGIOLAB_FEEDBACK_BURST", "100000",
			"REGIOLAB_ADMIN_PASSWORD", "Crash-Test-Passwort-2026");
	private RegioLabProcess regioLab;
	private boolean passed;

	@AfterEach
	void stopWhatIsLeft() throws Exception {
		if (regioLab != null && regioLab.isAlive()) {
			regioLab.kill();
		}
		if (Files.exists(directory.resolve("data/postgres/postmaster.pid"))) {
			// starting the embedded server on the directory stops a PostgreSQL a killed RegioLab left behind
			try (EmbeddedPostgresServer ignored = EmbeddedPostgresServer.start(directory.resolve("data"), true)) {
				// nothing to do
			}
		}
		if (passed) {
			FileSystemUtils.deleteRecursively(directory);
		}
	}

	@Test
	void everyAcknowledgedFeedbackIsStoredExactlyOnceAcrossAKill() throws Exception {
		Files.createDirectories(directory);
		int port = RegioLabProcess.freePort();
		regioLab = RegioLabProcess.start(directory.resolve("data"), port, settings, directory.resolve("before-kill.log"));
		Kiosks kiosks = new Kiosks(regioLab.base(), KIOSKS);
		UUID station = kiosks.newStation();
		List<Kiosks.Submission> all = submissions(station);

		Queue<Kiosks.Submission> queue = new ConcurrentLinkedQueue<>(all);
		Queue<Kiosks.Submission> unacknowledged = new ConcurrentLinkedQueue<>();
		ExecutorService threads = Executors.newFixedThreadPool(KIOSKS);
		List<Future<?>> sending = new ArrayList<>();
		for (int kiosk = 0; kiosk < KIOSKS; kiosk++) {
			int device = kiosk;
			sending.add(threads.submit(() -> kiosks.sendAll(device, queue, unacknowledged)));
		}
		kiosks.awaitAnswers(all.size() / 2, Duration.ofMinutes(3));
		regioLab.kill();
		for (Future<?> each : sending) {
			each.get(5, TimeUnit.MINUTES);
		}
		int acknowledgedBeforeKill = kiosks.acknowledged().size();
		int outstandingAtKill = unacknowledged.size();

		regioLab = RegioLabProcess.start(directory.resolve("data"), port, settings, directory.resolve("after-kill.log"));
		List<Future<?>> resending = new ArrayList<>();
		for (int kiosk = 0; kiosk < KIOSKS; kiosk++) {
			int device = kiosk;
			resending.add(threads.submit(() -> kiosks.sendUntilAcknowledged(device, unacknowledged)));
		}
		for (Future<?> each : resending) {
			each.get(5, TimeUnit.MINUTES);
		}
		threads.shutdown();
		long summarised = kiosks.summaryCount(station);
		regioLab.stop();
		Map<UUID, Integer> stored = storedRatings(station);
		log.info("{} sent, {} acknowledged before the kill, {} left to send again, {} stored without their 201 reaching the kiosk",
				all.size(), acknowledgedBeforeKill, outstandingAtKill, FEEDBACKS - kiosks.created());

		assertThat(acknowledgedBeforeKill).as("answers before the kill").isPositive();
		assertThat(outstandingAtKill).as("submissions left unanswered by the kill").isPositive();
		assertThat(kiosks.failures()).as("submissions refused after the restart").isEmpty();
		assertThat(kiosks.createdTwice()).as("ids answered 201 more than once").isEmpty();
		Map<UUID, Integer> sent = new HashMap<>();
		all.forEach(submission -> sent.put(submission.id(), submission.rating()));
		assertThat(kiosks.acknowledged()).as("every feedback was acknowledged in the end").isEqualTo(sent.keySet());
		assertThat(stored).as("stored once each, as sent").isEqualTo(sent);
		assertThat(summarised).isEqualTo(FEEDBACKS);
		passed = true;
	}

	/** Every feedback once, a tenth of them twice, in an order no kiosk would keep. */
	private static List<Kiosks.Submission> submissions(UUID station) {
		Random random = new Random(6);
		List<Kiosks.Submission> all = new ArrayList<>();
		for (int i = 0; i < FEEDBACKS; i++) {
			all.add(new Kiosks.Submission(station, UUID.randomUUID(), 1 + random.nextInt(5)));
		}
		all.addAll(all.subList(0, SENT_TWICE));
		Collections.shuffle(all, random);
		return all;
	}

	/** What the database holds for the station, read directly after RegioLab has stopped: rating by id. */
	private Map<UUID, Integer> storedRatings(UUID station) throws Exception {
		Map<UUID, Integer> stored = new HashMap<>();
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("data"), true);
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
				PreparedStatement select = connection.prepareStatement("select id, rating from feedback where station = ?")) {
			select.setObject(1, station);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					Integer before = stored.put(rows.getObject(1, UUID.class), rows.getInt(2));
					assertThat(before).as("a feedback stored twice").isNull();
				}
			}
		}
		return stored;
	}
}
