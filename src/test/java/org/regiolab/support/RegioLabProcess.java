package org.regiolab.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.regiolab.RegioLabApplication;

/**
 * A RegioLab in a child JVM on the test classpath, for tests that kill it as a power cut would:
 * with its embedded PostgreSQL on a data directory of the test's, bound to 127.0.0.1, demo world on.
 * The JVM is kept small and quick to start (C1 only, 512 MB heap), as a throughput figure is not
 * what such a test is after.
 */
public final class RegioLabProcess {

	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private final Process process;
	private final int port;

	private RegioLabProcess(Process process, int port) {
		this.process = process;
		this.port = port;
	}

	/**
	 * Starts RegioLab and waits until it is ready, its demo world loaded.
	 * @param environment settings beyond the data directory, port and demo world, e.g. {@code REGIOLAB_FEEDBACK_BURST}
	 * @param log where its output goes
	 */
	public static RegioLabProcess start(Path dataDirectory, int port, Map<String, String> environment, Path log)
			throws IOException, InterruptedException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
				"-cp", System.getProperty("java.class.path"), RegioLabApplication.class.getName()));
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		Map<String, String> env = builder.environment();
		// the embedded database on the test's directory, whatever the machine's settings say
		env.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("REGIOLAB_"));
		env.put("REGIOLAB_DATA_DIR", dataDirectory.toAbsolutePath().toString());
		env.put("REGIOLAB_DEMO", "true");
		env.put("PORT", Integer.toString(port));
		env.put("SERVER_ADDRESS", "127.0.0.1");
		env.putAll(environment);
		RegioLabProcess started = new RegioLabProcess(builder.start(), port);
		started.awaitReady();
		return started;
	}

	/** A port that was free a moment ago. */
	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	public String base() {
		return "http://127.0.0.1:" + port;
	}

	/** SIGKILL on Linux and macOS: no shutdown hook runs, the embedded PostgreSQL is left behind. */
	public void kill() throws InterruptedException {
		process.destroyForcibly().waitFor(60, TimeUnit.SECONDS);
	}

	/** SIGTERM, and SIGKILL if it has not stopped within a minute. */
	public void stop() throws InterruptedException {
		process.destroy();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			kill();
		}
	}

	public boolean isAlive() {
		return process.isAlive();
	}

	/** Readiness turns UP once the application runners, the demo world's loader among them, are done. */
	private void awaitReady() throws InterruptedException {
		HttpClient http = HttpClient.newBuilder().proxy(HttpClient.Builder.NO_PROXY).build();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
		while (System.nanoTime() < deadline) {
			if (!process.isAlive()) {
				throw new IllegalStateException("RegioLab exited during start-up with " + process.exitValue());
			}
			try {
				if (http.send(readiness, HttpResponse.BodyHandlers.ofString()).body().contains("\"UP\"")) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			Thread.sleep(250);
		}
		process.destroyForcibly();
		throw new UncheckedIOException(new IOException("RegioLab not ready after " + START_TIMEOUT));
	}
}
