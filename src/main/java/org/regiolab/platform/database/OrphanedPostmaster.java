package org.regiolab.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running on our data directory by a RegioLab that was killed before it
 * could stop it. Only looked for while we hold the {@link DataDirectoryLock}, so the server can
 * belong to no live RegioLab.
 */
final class OrphanedPostmaster {

	private static final Logger log = LoggerFactory.getLogger(OrphanedPostmaster.class);
	private static final Duration SHUTDOWN_WAIT = Duration.ofSeconds(60);

	private final ProcessHandle process;

	private OrphanedPostmaster(ProcessHandle process) {
		this.process = process;
	}

	static Optional<OrphanedPostmaster> find(Path postgresDirectory) {
		return pidIn(postgresDirectory.resolve("postmaster.pid"))
			.flatMap(ProcessHandle::of)
			.filter(ProcessHandle::isAlive)
			.filter(OrphanedPostmaster::isPostgres)
			.map(OrphanedPostmaster::new);
	}

	long pid() {
		return process.pid();
	}

	/**
	 * Stops the server with a fast shutdown, which rolls back open transactions of the dead
	 * RegioLab and keeps every committed one.
	 */
	void stop() {
		log.warn("Found PostgreSQL (pid {}) left running by a RegioLab that did not shut down; stopping it", pid());
		requestFastShutdown();
		try {
			process.onExit().get(SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while stopping the orphaned PostgreSQL " + pid(), ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("The orphaned PostgreSQL (pid " + pid() + ") did not stop within "
					+ SHUTDOWN_WAIT.toSeconds() + " s; stop it by hand and start RegioLab again", ex);
		}
	}

	private void requestFastShutdown() {
		// SIGINT is PostgreSQL's "fast" shutdown; Java itself can only send SIGTERM ("smart").
		try {
			Process kill = new ProcessBuilder(List.of("kill", "-INT", Long.toString(pid()))).inheritIO().start();
			if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
				return;
			}
		}
		catch (IOException ex) {
			log.debug("kill -INT unavailable, falling back to SIGTERM", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process.destroy();
	}

	private static Optional<Long> pidIn(Path pidFile) {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException | NumberFormatException ex) {
			log.debug("Unreadable {}", pidFile, ex);
			return Optional.empty();
		}
	}

	// After a reboot the pid in a stale postmaster.pid may belong to an unrelated process.
	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map(command -> command.contains("postgres")).orElse(true);
	}
}
