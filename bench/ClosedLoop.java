import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * The closed loop the load clients of bench/ share (RegistrationLoad, FeedbackLoad): CLIENTS virtual
 * threads each send requests one after another until the phase's time is up; a request that is
 * under way then is finished and counted, so that the server holds exactly what was answered.
 * Single-file programs on JDK 22 and later find this class next to them (JEP 458).
 *
 * Per phase it prints one line:
 *   RESULT phase=… clients=… created=… existing=… failed=… seconds=… per_s=… p50_ms=… p95_ms=… p99_ms=… max_ms=… client_cpu_s=…
 * created counts 201 answers, existing 200 answers, failed everything else; per_s is created per second;
 * client_cpu_s is the CPU time the load client itself used in the phase.
 * Latency is from sending the request to having read the whole answer, loopback only.
 */
final class ClosedLoop {

	/** One client's requests: the request it sends as its {@code n}th. */
	interface Client {
		HttpRequest request(int n);
	}

	/** The clients of one phase against one target (an event, a station), made from their number. */
	interface Clients {
		IntFunction<Client> against(String base, String target, String phase);
	}

	/** What one client saw in one phase. */
	private record Tally(long created, long existing, long failed, long[] latenciesNanos, List<String> failures) {
	}

	private ClosedLoop() {
	}

	/**
	 * The main program of a load client: with the arguments BASE_URL WARMUP_TARGET MEASURED_TARGET
	 * CLIENTS WARMUP_S SECONDS, a warm-up phase against the one target, then the measured phase against
	 * the other, over one HTTP/1.1 client that keeps its connections alive and never uses a proxy.
	 */
	static void warmUpThenMeasure(String program, String[] args, Clients clients) throws Exception {
		if (args.length != 6) {
			System.err.println("usage: " + program + " BASE_URL WARMUP_TARGET MEASURED_TARGET CLIENTS WARMUP_S SECONDS");
			System.exit(2);
		}
		HttpClient http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.proxy(HttpClient.Builder.NO_PROXY)
			.build();
		int count = Integer.parseInt(args[3]);
		phase(http, "warmup", count, Integer.parseInt(args[4]), clients.against(args[0], args[1], "warmup"));
		phase(http, "measured", count, Integer.parseInt(args[5]), clients.against(args[0], args[2], "measured"));
	}

	/** Runs {@code clients} clients, made by {@code client} from their number, for {@code seconds}. */
	private static void phase(HttpClient http, String phase, int clients, int seconds, IntFunction<Client> client)
			throws Exception {
		long start = System.nanoTime();
		long cpuBefore = cpuNanos();
		long deadline = start + Duration.ofSeconds(seconds).toNanos();
		List<Future<Tally>> tallies = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int number = 0; number < clients; number++) {
				Client each = client.apply(number);
				tallies.add(threads.submit(() -> drive(http, each, deadline)));
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		double cpu = (cpuNanos() - cpuBefore) / 1e9;
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
		System.out.printf(Locale.ROOT,
				"RESULT phase=%s clients=%d created=%d existing=%d failed=%d seconds=%.2f per_s=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f client_cpu_s=%.1f%n",
				phase, clients, created, existing, failed, elapsed, created / elapsed, percentile(latencies, 50),
				percentile(latencies, 95), percentile(latencies, 99), percentile(latencies, 100), cpu);
	}

	private static Tally drive(HttpClient http, Client client, long deadline) {
		long created = 0, existing = 0, failed = 0;
		long[] latencies = new long[1024];
		int n = 0;
		List<String> failures = new ArrayList<>();
		for (int i = 0; System.nanoTime() < deadline; i++) {
			HttpRequest request = client.request(i);
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

	/** The CPU time this load client has used: it runs on the same cores as the app. */
	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
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
