import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Load client of bench/portal.sh. CLIENTS virtual threads each send requests one after another
 * (closed loop) for WARMUP_S seconds, then for SECONDS seconds that are measured.
 *
 *   search: GET /api/v1/portal/search with a rotating mix of queries (broad terms, stems, typos,
 *           two words, facet filters, open now)
 *   pages:  GET /portal/profiles/{id} for ids drawn at random from IDS_FILE (one per line)
 *
 * Usage: java bench/PortalLoad.java search|pages BASE_URL CLIENTS WARMUP_S SECONDS [IDS_FILE]
 * Prints per phase: RESULT mode=… phase=… requests=… failed=… seconds=… per_s=… p50_ms=… p95_ms=… p99_ms=… max_ms=…
 *
 * With CPU_PIDS="app:PID postgres:PID" in the environment it also prints, per phase, the CPU time
 * per request of each process with all its descendants (from /proc, Linux only) and of this
 * client: CPU … app_ms=… postgres_ms=… client_ms=…. On a machine shared with other work, the
 * requests per second say how much CPU the benchmark got; the CPU time per request says what a
 * request costs, and 2 cores divided by it what they would serve alone.
 */
public class PortalLoad {

	static final List<String> QUERIES = List.of("q=B%C3%A4ckerei", "q=backerei", "q=B%C3%A4ckrei", "q=Fahradladen",
			"q=Br%C3%B6tchen", "q=Friseur", "q=Pizza%20Essen", "q=Schl%C3%BCsseldienst", "q=Hoffmann",
			"q=Kaffee&openNow=true", "q=Brot&category=lebensmittel", "q=Reparatur&district=Nord", "q=Photovoltaik",
			"q=Spargel%20Erdbeeren", "q=Tischlerei%20Bottrop", "q=Weltladen&offers=true", "q=Metzgrei", "q=E-Bike",
			"q=Optik&page=3", "category=handwerk");

	record Tally(long requests, long failed, long[] latenciesNanos) {
	}

	public static void main(String[] args) throws Exception {
		if (args.length < 5) {
			System.err.println("usage: PortalLoad search|pages BASE_URL CLIENTS WARMUP_S SECONDS [IDS_FILE]");
			System.exit(2);
		}
		String mode = args[0];
		String base = args[1];
		int clients = Integer.parseInt(args[2]);
		List<String> paths = new ArrayList<>();
		if (mode.equals("search")) {
			QUERIES.forEach(query -> paths.add("/api/v1/portal/search?" + query));
		}
		else {
			Files.readAllLines(Path.of(args[5])).stream().map(String::strip).filter(id -> !id.isEmpty())
				.forEach(id -> paths.add("/portal/profiles/" + URLEncoder.encode(id, StandardCharsets.UTF_8)));
		}
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).proxy(HttpClient.Builder.NO_PROXY).build();
		phase(http, base, paths, mode, "warmup", clients, Integer.parseInt(args[3]));
		phase(http, base, paths, mode, "measured", clients, Integer.parseInt(args[4]));
	}

	private static void phase(HttpClient http, String base, List<String> paths, String mode, String phase, int clients,
			int seconds) throws Exception {
		CpuTimes cpuBefore = CpuTimes.now();
		long start = System.nanoTime();
		long deadline = start + Duration.ofSeconds(seconds).toNanos();
		List<Future<Tally>> tallies = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int client = 0; client < clients; client++) {
				int offset = client;
				tallies.add(threads.submit(() -> drive(http, base, paths, offset, deadline)));
			}
		}
		double elapsed = (System.nanoTime() - start) / 1e9;
		long requests = 0, failed = 0;
		List<long[]> all = new ArrayList<>();
		for (Future<Tally> future : tallies) {
			Tally tally = future.get();
			requests += tally.requests();
			failed += tally.failed();
			all.add(tally.latenciesNanos());
		}
		long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf("RESULT mode=%s phase=%s requests=%d failed=%d seconds=%.1f per_s=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.1f%n",
				mode, phase, requests, failed, elapsed, requests / elapsed, ms(latencies, 0.50), ms(latencies, 0.95),
				ms(latencies, 0.99), latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
		CpuTimes.now().printSince(cpuBefore, mode, phase, requests);
	}

	/** CPU milliseconds used so far by the named processes (with their descendants) and by this client. */
	record CpuTimes(List<String> names, long[] millis, long clientMillis) {

		static CpuTimes now() throws Exception {
			String pids = System.getenv().getOrDefault("CPU_PIDS", "").strip();
			List<String> names = new ArrayList<>();
			List<Long> roots = new ArrayList<>();
			for (String named : pids.isEmpty() ? new String[0] : pids.split("\\s+")) {
				String[] parts = named.split(":");
				names.add(parts[0]);
				roots.add(Long.parseLong(parts[1]));
			}
			List<Long> millis = new ArrayList<>();
			for (long root : roots) {
				// a process started by another (the embedded PostgreSQL by the app) is counted once, as itself
				millis.add(treeMillis(root, roots));
			}
			long client = ProcessHandle.current().info().totalCpuDuration().map(Duration::toMillis).orElse(0L);
			return new CpuTimes(names, millis.stream().mapToLong(Long::longValue).toArray(), client);
		}

		void printSince(CpuTimes before, String mode, String phase, long requests) {
			if (names.isEmpty() || requests == 0) {
				return;
			}
			StringBuilder line = new StringBuilder("CPU mode=" + mode + " phase=" + phase + " per_request");
			double total = 0;
			for (int i = 0; i < names.size(); i++) {
				double each = (millis[i] - before.millis[i]) / (double) requests;
				total += each;
				line.append(String.format(" %s_ms=%.3f", names.get(i), each));
			}
			double client = (clientMillis - before.clientMillis) / (double) requests;
			line.append(String.format(" client_ms=%.3f all_ms=%.3f two_cores_alone_per_s=%.0f", client, total + client,
					2000 / (total + client)));
			System.out.println(line);
		}

		/**
		 * utime + stime (+ those of waited-for children) of a process and its descendants, without
		 * the other roots' trees, in ms (100 ticks a second).
		 */
		static long treeMillis(long root, List<Long> otherRoots) throws Exception {
			java.util.Map<Long, List<Long>> children = new java.util.HashMap<>();
			java.util.Map<Long, Long> ticks = new java.util.HashMap<>();
			try (var entries = Files.list(Path.of("/proc"))) {
				for (Path entry : (Iterable<Path>) entries::iterator) {
					String name = entry.getFileName().toString();
					if (!name.chars().allMatch(Character::isDigit)) {
						continue;
					}
					String stat;
					try {
						stat = Files.readString(entry.resolve("stat"));
					}
					catch (java.io.IOException gone) {
						continue;
					}
					// the command may contain spaces and parentheses: the fields follow the last ')'
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					long pid = Long.parseLong(name);
					children.computeIfAbsent(Long.parseLong(fields[1]), parent -> new ArrayList<>()).add(pid);
					ticks.put(pid, Long.parseLong(fields[11]) + Long.parseLong(fields[12]) + Long.parseLong(fields[13])
							+ Long.parseLong(fields[14]));
				}
			}
			long sum = 0;
			java.util.ArrayDeque<Long> todo = new java.util.ArrayDeque<>(List.of(root));
			while (!todo.isEmpty()) {
				long pid = todo.pop();
				if (pid != root && otherRoots.contains(pid)) {
					continue;
				}
				sum += ticks.getOrDefault(pid, 0L);
				todo.addAll(children.getOrDefault(pid, List.of()));
			}
			return sum * 10;
		}
	}

	private static Tally drive(HttpClient http, String base, List<String> paths, int offset, long deadline) {
		long requests = 0, failed = 0;
		long[] latencies = new long[1 << 16];
		int count = 0;
		int next = offset;
		while (System.nanoTime() < deadline) {
			String path = paths.size() > 1000 ? paths.get(ThreadLocalRandom.current().nextInt(paths.size()))
					: paths.get(next++ % paths.size());
			long sent = System.nanoTime();
			try {
				HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(base + path))
					.header("Accept-Language", "de").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
				if (response.statusCode() != 200) {
					failed++;
				}
			}
			catch (Exception ex) {
				failed++;
			}
			long took = System.nanoTime() - sent;
			if (count == latencies.length) {
				latencies = Arrays.copyOf(latencies, count * 2);
			}
			latencies[count++] = took;
			requests++;
		}
		return new Tally(requests, failed, Arrays.copyOf(latencies, count));
	}

	private static double ms(long[] sorted, double quantile) {
		if (sorted.length == 0) {
			return 0;
		}
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}
}
