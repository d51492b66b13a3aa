package org.regiolab.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.jspecify.annotations.Nullable;
import org.regiolab.platform.PlatformProperties;
import org.regiolab.portal.IndexStatus;
import org.regiolab.portal.PortalProperties;
import org.regiolab.portal.PortalSearch;
import org.regiolab.portal.PublicHolidays;
import org.regiolab.portal.SearchQuery;
import org.regiolab.portal.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The portal's search on an embedded Lucene index in the data directory. On start it opens the
 * index and rebuilds it from PostgreSQL when it is missing or was built from another database; a
 * thread of its own then takes up the index queue as changes commit (and every few seconds, for
 * what another node queued). One index per node: on several nodes an OpenSearch implementation
 * of {@link PortalSearch} takes its place (decision 11).
 */
@Component
class LucenePortalSearch implements PortalSearch, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(LucenePortalSearch.class);
	static final int QUEUE_BATCH = 500;
	static final Duration LOOK_AGAIN = Duration.ofSeconds(5);

	private final Path path;
	private final IndexedItems items;
	private final IndexQueue queue;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final PublicHolidays holidays;
	private final IndexSearch searches;
	// one writer at a time: the queue's batches and a rebuild take turns
	private final ReentrantLock writing = new ReentrantLock();
	private final AtomicBoolean rebuilding = new AtomicBoolean();
	private final AtomicLong rebuildDone = new AtomicLong();
	private final AtomicLong rebuildTotal = new AtomicLong();
	private volatile @Nullable LuceneIndex index;
	private volatile @Nullable Thread indexer;
	private volatile boolean running;

	LucenePortalSearch(PortalProperties properties, PlatformProperties platform, IndexedItems items, IndexQueue queue,
			JdbcClient jdbc, Clock clock, PublicHolidays holidays) {
		this.path = properties.indexDir() != null ? properties.indexDir() : platform.dataDir().resolve("portal-index");
		this.items = items;
		this.queue = queue;
		this.jdbc = jdbc;
		this.clock = clock;
		this.holidays = holidays;
		this.searches = new IndexSearch(new LuceneQueries(new GermanAnalyzer()), properties.searchAnswers());
	}

	@Override
	public SearchResult search(SearchQuery query) {
		LuceneIndex current = index;
		if (current == null) {
			return SearchResult.empty(query.page(), query.size());
		}
		ZonedDateTime now = ZonedDateTime.now(clock);
		try {
			return searches.search(current, query, now, holidays.isHoliday(now.toLocalDate()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public IndexStatus status() {
		LuceneIndex current = index;
		try {
			return new IndexStatus(current == null ? 0 : current.documents(), queue.size(), rebuilding.get(),
					rebuildDone.get(), rebuildTotal.get());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void rebuild() {
		if (rebuilding.compareAndSet(false, true)) {
			Thread thread = new Thread(this::rebuildNow, "portal-index-rebuild");
			thread.setDaemon(true);
			thread.start();
		}
	}

	/** Takes up everything queued so far, on the caller's thread; for tests, benchmarks and the demo world. */
	void catchUp() {
		while (drainOnce() > 0) {
			// until the queue is empty
		}
	}

	private void rebuildNow() {
		writing.lock();
		try {
			LuceneIndex current = index;
			rebuildTotal.set(items.count());
			rebuildDone.set(0);
			current.clear();
			Consumer<SearchDocument> add = item -> {
				put(current, item);
				rebuildDone.incrementAndGet();
			};
			items.eachProfile(add);
			items.eachPage(add);
			// the queue stays as it is: taking up a change the rebuild has already read does no harm, and a
			// change that committed while the rebuild was reading must not be lost
			current.commit(generation());
			log.info("Rebuilt the portal's search index from PostgreSQL: {} items", rebuildDone.get());
		}
		catch (IOException | RuntimeException ex) {
			log.error("Rebuilding the portal's search index failed; it is tried again at the next start or request", ex);
		}
		finally {
			rebuilding.set(false);
			writing.unlock();
		}
	}

	private int drainOnce() {
		writing.lock();
		try {
			LuceneIndex current = index;
			List<IndexQueue.Entry> entries = queue.next(QUEUE_BATCH);
			if (current == null || entries.isEmpty()) {
				return 0;
			}
			Set<UUID> profiles = ids(entries, IndexQueue.Kind.PROFILE);
			Set<UUID> pages = ids(entries, IndexQueue.Kind.PAGE);
			replace(current, "profile", profiles, items.profiles(profiles));
			replace(current, "page", pages, items.pages(pages));
			current.commit(generation());
			queue.remove(entries);
			return entries.size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writing.unlock();
		}
	}

	/** Writes what is still public and removes what no longer is. */
	private static void replace(LuceneIndex index, String type, Set<UUID> ids, List<SearchDocument> documents)
			throws IOException {
		for (SearchDocument document : documents) {
			index.put(document);
		}
		Set<UUID> stillPublic = documents.stream().map(SearchDocument::id).collect(Collectors.toSet());
		index.remove(type, ids.stream().filter(id -> !stillPublic.contains(id)).toList());
	}

	private static Set<UUID> ids(List<IndexQueue.Entry> entries, IndexQueue.Kind kind) {
		return entries.stream().filter(entry -> entry.kind() == kind).map(IndexQueue.Entry::item).collect(Collectors.toSet());
	}

	private void indexLoop() {
		while (running) {
			try {
				queue.awaitWork(LOOK_AGAIN);
				if (running && !rebuilding.get()) {
					catchUp();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// the rows stay queued and are taken up at the next look
				log.warn("Could not bring the portal's search index up to date; trying again shortly", ex);
			}
		}
	}

	private String generation() {
		return jdbc.sql("select cast(generation as text) from portal_search_generation").query(String.class).single();
	}

	private static void put(LuceneIndex index, SearchDocument item) {
		try {
			index.put(item);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void start() {
		try {
			Files.createDirectories(path);
			LuceneIndex opened = new LuceneIndex(path, new GermanAnalyzer());
			index = opened;
			String built = opened.generation();
			if (!generation().equals(built)) {
				log.info("The portal's search index in {} is {}; rebuilding it from PostgreSQL", path,
						built == null ? "missing" : "from another database");
				rebuild();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the portal's search index in " + path, ex);
		}
		running = true;
		Thread thread = new Thread(this::indexLoop, "portal-indexer");
		thread.setDaemon(true);
		thread.start();
		indexer = thread;
	}

	@Override
	public void stop() {
		running = false;
		Thread thread = indexer;
		if (thread != null) {
			queue.wake();
			try {
				thread.join(Duration.ofSeconds(10).toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		writing.lock();
		try {
			LuceneIndex current = index;
			index = null;
			if (current != null) {
				current.close();
			}
		}
		catch (IOException ex) {
			log.warn("Closing the portal's search index failed", ex);
		}
		finally {
			writing.unlock();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
