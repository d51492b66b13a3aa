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
