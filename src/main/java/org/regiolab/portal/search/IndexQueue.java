package org.regiolab.portal.search;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.regiolab.platform.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The changes the search index has still to take up, as rows of {@code portal_index_queue} written
 * in the transaction of the change. A row is removed only after the index has committed what it
 * asked for, so a crash at any moment loses nothing: the indexer takes the rows up again, and
 * taking one up twice does no harm, because the index is rewritten from PostgreSQL each time.
 */
@Component
public class IndexQueue {

	/** What changed: a business profile or a city page. */
	public enum Kind {
		PROFILE, PAGE
	}

	/** One queued change. */
	public record Entry(long id, Kind kind, UUID item) {
	}

	private final JdbcClient jdbc;
	// wakes the indexer as soon as a change has committed, instead of at its next look
	private final Semaphore work = new Semaphore(0);

	IndexQueue(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Queues the item in the caller's transaction; the indexer is woken once it commits. */
	public void enqueue(Kind kind, UUID item) {
		jdbc.sql("insert into portal_index_queue (kind, item) values (?, ?)").params(kind.name(), item).update();
		AfterCommit.run(work::release);
	}

	List<Entry> next(int limit) {
		return jdbc.sql("select id, kind, item from portal_index_queue order by id limit ?")
			.param(limit)
			.query((rs, row) -> new Entry(rs.getLong("id"), Kind.valueOf(rs.getString("kind")), rs.getObject("item", UUID.class)))
			.list();
	}

	void remove(List<Entry> done) {
		jdbc.sql("delete from portal_index_queue where id = any(?)")
			.param(done.stream().map(Entry::id).toArray(Long[]::new))
			.update();
	}

	long size() {
		return jdbc.sql("select count(*) from portal_index_queue").query(Long.class).single();
	}

	/** Waits until a change has committed or the time is up. */
	void awaitWork(Duration timeout) throws InterruptedException {
		if (work.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			work.drainPermits();
		}
	}

	void wake() {
		work.release();
	}
}
