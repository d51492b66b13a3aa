import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load client of bench/registrations.sh: CLIENTS virtual threads each send registrations one after
 * another (closed loop, every request a new email) until the phase's time is up; a request that is
 * under way then is finished and counted, so that the server holds exactly the registrations that
 * were answered. First a warm-up phase against one event, then the measured phase against another.
 *
 * Usage: java bench/RegistrationLoad.java BASE_URL WARMUP_EVENT MEASURED_EVENT CLIENTS WARMUP_S SECONDS
 * Prints, per phase, one line:
 *   RESULT phase=measured created=… existing=… failed=… seconds=… per_s=… p50_ms=… p95_ms=… p99_ms=… max_ms=…
 * created counts 201 answers, existing 200 answers (a repeated email; none expected), failed everything else.
 * Latency is from sending the request to having read the whole answer, loopback only.
 */
public class RegistrationLoad {

	/** What one client saw in one phase. */
	record Tally(long created, long existing, long failed, long[] latenciesNanos, List<String> failures) {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 6) {
			System.err.println("usage: RegistrationLoad BASE_URL WARMUP_EVENT MEASURED_EVENT CLIENTS WARMUP_S SECONDS");
			System.exit(2);
		}
		String base = args[0];
		int clients = Integer.parseInt(args[3]);
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.proxy(HttpClient.Builder.NO_PROXY)
			.build();
		phase(http, base, args[1], "warmup", clients, Integer.parseInt(args[4]));
		phase(http, base, args[2], "measured", clients, Integer.parseInt(args[5]));
	}

	private static void phase(HttpClient http, String base, String event, String phase, int clients, int seconds)
			throws Exception {
		URI uri = URI.create(base + "/api/v1/events/" + event + "/registrations");
		long start = System.nanoTime();
		long deadline = start + Duration.ofSeconds(seconds).toNanos();
		List<Future<Tally>> tallies = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int client = 0; client < clients; client++) {
				int number = client;
				tallies.add(threads.submit(() -> drive(http, uri, phase + "-" + number, deadline)));
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long created = 0, existing = 0, failed = 0;
		List<long[]> all = new ArrayList<>();
		List<String> failures = new ArrayList<>();
		for (Future<Tally> future : tallies) {
			Tally tally = future.get();
			created += tally.created();
			existing += tally.existing();
			failed += tally.failed();
			all.add(tally.latenciesNanos());
			failures.addAll(tally.failures());
		}
		long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		failures.stream().limit(5).forEach(failure -> System.err.println("  failed: " + failure));
		System.out.printf(java.util.Locale.ROOT,
				"RESULT phase=%s clients=%d created=%d existing=%d failed=%d seconds=%.2f per_s=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
				phase, clients, created, existing, failed, elapsed, created / elapsed, percentile(latencies, 50),
				percentile(latencies, 95), percentile(latencies, 99), percentile(latencies, 100));
	}

	private static Tally drive(HttpClient http, URI uri, String client, long deadline) {
		long created = 0, existing = 0, failed = 0;
		long[] latencies = new long[1024];
		int n = 0;
		List<String> failures = new ArrayList<>();
		for (int i = 0; System.nanoTime() < deadline; i++) {
			String body = """
					{"givenName":"Bench","familyName":"Client %s","email":"bench-%s-%d@example.org","consentToContact":true}"""
				.formatted(client, client, i);
			HttpRequest request = HttpRequest.newBuilder(uri)
				.timeout(Duration.ofSeconds(70))
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
			long sent = System.nanoTime();
			try {
				HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
				long took = System.nanoTime() - sent;
				if (n == latencies.length) {
					latencies = Arrays.copyOf(latencies, n * 2);
				}
				latencies[n++] = took;
				switch (response.statusCode()) {
					case 201 -> created++;
					case 200 -> existing++;
					default -> {
						failed++;
						note(failures, response.statusCode() + " " + response.body());
					}
				}
			}
			catch (Exception ex) {
				failed++;
				note(failures, ex.toString());
			}
		}
		return new Tally(created, existing, failed, Arrays.copyOf(latencies, n), failures);
	}

	/** Keeps the first few failures of a client to show. */
	private static void note(List<String> failures, String failure) {
		if (failures.size() < 5) {
			failures.add(failure);
		}
	}

	/** Nearest-rank percentile, in milliseconds. */
	private static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.length);
		return sorted[Math.max(0, rank - 1)] / 1e6;
	}
}
