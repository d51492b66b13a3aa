package org.regiolab.portal.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.regiolab.portal.OpeningHours;
import org.regiolab.portal.SearchQuery;
import org.regiolab.portal.SearchResult;

/**
 * Not a test: the portal's Lucene search measured in-process, without HTTP and PostgreSQL, used by
 * bench/portal-lucene.sh. Builds an index of DOCS generated businesses in a temporary folder, then
 * THREADS threads search a fixed mix of queries (broad terms, stems, typos, two words, facet
 * filters, open now) one after another for SECONDS seconds after a warm-up of the same length.
 *
 * Usage: java -cp … org.regiolab.portal.search.LuceneSearchMeasurement DOCS THREADS SECONDS [INDEX_DIR]
 * With INDEX_DIR the index is kept there and reused by the next run with as many documents.
 */
public final class LuceneSearchMeasurement {

	// trade, what it offers, categories, hours: as bench/portal-generate.sql writes them
	static final String[][] TRADES = { { "Bäckerei", "Brötchen, Brot und Kuchen aus eigener Backstube", "lebensmittel,handwerk", "Mo-Fr 06:00-18:00; Sa 06:00-13:00" },
			{ "Metzgerei", "Fleisch und Wurst aus der Region, Mittagstisch", "lebensmittel,handwerk", "Mo-Fr 07:30-18:00; Sa 07:30-13:00" },
			{ "Café", "Kaffee, hausgemachte Torten und Frühstück", "gastronomie", "Tu-Su 09:00-18:00" },
			{ "Pizzeria", "Pizza aus dem Steinofen, Pasta und Salate", "gastronomie", "Mo-Su 11:30-22:30" },
			{ "Friseursalon", "Schneiden, Färben und Beratung", "dienstleistung,handwerk", "Tu-Fr 09:00-18:00; Sa 08:00-14:00" },
			{ "Fahrradladen", "Fahrräder und E-Bikes: Verkauf, Reparatur und Verleih", "einzelhandel,mobilitaet", "Mo-Fr 10:00-18:30; Sa 10:00-14:00" },
			{ "Elektro", "Elektroinstallation, Photovoltaik und Smart Home", "handwerk", "Mo-Fr 07:30-16:30" },
			{ "Tischlerei", "Möbel nach Maß, Fenster und Türen", "handwerk", "Mo-Fr 07:00-16:00" },
			{ "Hofladen", "Eier, Kartoffeln, Spargel und Erdbeeren vom Hof", "lebensmittel", "Tu-Fr 09:00-18:00; Sa 08:00-13:00" },
			{ "Schuhmacherei", "Schuhreparatur und Schlüsseldienst", "handwerk,dienstleistung", "Mo-Fr 09:00-18:00; Sa 09:00-13:00" } };
	static final String[] FAMILIES = { "Hoffmann", "Schulte", "Becker", "Krämer", "Wessel", "Brinkmann", "Kowalski", "Yilmaz",
			"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Nowak", "Demir" };
	static final String[] TOWNS = { "Bottrop", "Essen", "Gelsenkirchen", "Gladbeck", "Oberhausen", "Dorsten", "Bochum", "Dortmund" };
	static final String[] DISTRICTS = { "Mitte", "Nord", "Süd", "Ost", "West", "Altstadt", "Neustadt", "Hafen" };

	static final List<SearchQuery> MIX = Stream.of("Bäckerei", "backerei", "Bäckrei", "Fahradladen", "Brötchen", "Friseur",
			"Pizza Essen", "Schlüsseldienst", "Hoffmann", "Photovoltaik", "Spargel Erdbeeren", "Metzgrei", "E-Bike")
		.map(text -> new SearchQuery(text, null, null, false, false, 0, 20))
		.collect(java.util.stream.Collectors.toCollection(ArrayList::new));

	static {
		MIX.add(new SearchQuery("Kaffee", null, null, true, false, 0, 20));
		MIX.add(new SearchQuery("Brot", "lebensmittel", null, false, false, 0, 20));
		MIX.add(new SearchQuery("Reparatur", null, "Nord", false, false, 0, 20));
		MIX.add(new SearchQuery(null, "handwerk", null, false, false, 0, 20));
		MIX.add(new SearchQuery("Tischlerei", null, null, false, true, 2, 20));
	}

	private LuceneSearchMeasurement() {
	}

	public static void main(String[] args) throws Exception {
		int documents = Integer.parseInt(args[0]);
		int threads = Integer.parseInt(args[1]);
		int seconds = Integer.parseInt(args[2]);
		boolean kept = args.length > 3;
		Path folder = kept ? Files.createDirectories(Path.of(args[3])) : Files.createTempDirectory("portal-index-measurement");
		try (LuceneIndex index = new LuceneIndex(folder, new GermanAnalyzer())) {
			if (index.documents() != documents) {
				long started = System.nanoTime();
				index.clear();
				for (int i = 0; i < documents; i++) {
					index.put(business(i));
				}
				index.commit("measurement");
				System.out.printf("INDEX documents=%d seconds=%.1f%n", documents, (System.nanoTime() - started) / 1e9);
			}
			int segments = index.search(searcher -> searcher.getIndexReader().leaves().size());
			System.out.printf("SEGMENTS %d%n", segments);
			IndexSearch queries = new IndexSearch(new LuceneQueries(new GermanAnalyzer()), 0);
			eachAlone(index, queries);
			run(index, queries, threads, seconds, "warmup");
			run(index, queries, threads, seconds, "measured");
		}
		finally {
			if (!kept) {
				try (Stream<Path> files = Files.walk(folder)) {
					files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
				}
			}
		}
	}

	private static void run(LuceneIndex index, IndexSearch queries, int threads, int seconds, String phase)
			throws Exception {
		long deadline = System.nanoTime() + seconds * 1_000_000_000L;
		List<Future<long[]>> results = new ArrayList<>();
		long started = System.nanoTime();
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		for (int t = 0; t < threads; t++) {
			int offset = t;
			results.add(pool.submit(() -> {
				long[] took = new long[1 << 20];
				int count = 0;
				while (System.nanoTime() < deadline && count < took.length) {
					SearchQuery query = MIX.get((offset + count) % MIX.size());
					long sent = System.nanoTime();
					search(queries, index, query);
					took[count++] = System.nanoTime() - sent;
				}
				return Arrays.copyOf(took, count);
			}));
		}
		pool.shutdown();
		List<long[]> all = new ArrayList<>();
		for (Future<long[]> result : results) {
			all.add(result.get());
		}
		double elapsed = (System.nanoTime() - started) / 1e9;
		long[] sorted = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
		System.out.printf("RESULT phase=%s threads=%d searches=%d per_s=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f max_ms=%.1f%n",
				phase, threads, sorted.length, sorted.length / elapsed, ms(sorted, 0.5), ms(sorted, 0.95), ms(sorted, 0.99),
				sorted[sorted.length - 1] / 1e6);
	}

	/** Every query of the mix alone, ten times after a warm-up, on one thread: what each kind costs. */
	private static void eachAlone(LuceneIndex index, IndexSearch queries) throws Exception {
		for (SearchQuery query : MIX) {
			long[] took = new long[10];
			SearchResult result = null;
			for (int i = -5; i < took.length; i++) {
				long sent = System.nanoTime();
				result = search(queries, index, query);
				if (i >= 0) {
					took[i] = System.nanoTime() - sent;
				}
			}
			Arrays.sort(took);
			System.out.printf("QUERY text=%s category=%s district=%s openNow=%s offers=%s page=%d median_ms=%.2f total=%d%s facets=%d%s%n",
					query.text(), query.category(), query.district(), query.openNow(), query.offers(), query.page(), ms(took, 0.5),
					result.total(), result.totalIsExact() ? "" : "+", result.facets().counted(), result.facets().exact() ? "" : "~");
		}
	}

	private static SearchResult search(IndexSearch searches, LuceneIndex index, SearchQuery query) throws Exception {
		return searches.search(index, query, ZonedDateTime.now(ZoneId.of("Europe/Berlin")), false);
	}

	private static double ms(long[] sorted, double quantile) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
	}

	static SearchDocument business(int i) {
		String[] trade = TRADES[i % TRADES.length];
		String town = TOWNS[(i / 7) % TOWNS.length];
		String district = DISTRICTS[(i / 3) % DISTRICTS.length];
		String name = trade[0] + " " + FAMILIES[(i / TRADES.length) % FAMILIES.length] + " " + i;
		return new SearchDocument("profile", new UUID(0, i), name, trade[1],
				trade[1] + ". Familienbetrieb in " + town + "-" + district + ". Hauptstraße " + (1 + i % 180) + " " + town,
				List.of(trade[2].split(",")), district, OpeningHours.parse(trade[3]), List.of(), true,
				i % 4 == 0 ? List.of(LocalDate.MAX) : List.of(), "/portal/profiles/" + i);
	}
}
