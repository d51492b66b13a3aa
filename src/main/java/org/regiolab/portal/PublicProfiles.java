package org.regiolab.portal;

import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every published profile, for the open-data export and the sitemap: read lazily in batches in
 * the order of their ids, so that a million profiles stream without being held in memory.
 */
@Component
public class PublicProfiles {

	/** A published profile and when it was published. */
	public record Entry(UUID id, ProfileContent content, Instant publishedAt) {
	}

	static final int BATCH = 2000;

	private final JdbcClient jdbc;
	private final JsonMapper json;

	PublicProfiles(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	public long count() {
		return jdbc.sql("select count(*) from portal_profile where published is not null").query(Long.class).single();
	}

	/** All published profiles; each iteration reads them anew. */
	public Iterable<Entry> all() {
		return () -> new Iterator<>() {

			// PostgreSQL orders uuids byte by byte: the nil uuid comes first
			private UUID after = new UUID(0L, 0L);
			private List<Entry> batch = List.of();
			private int next;
			private boolean last;

			@Override
			public boolean hasNext() {
				if (next < batch.size()) {
					return true;
				}
				if (last) {
					return false;
				}
				batch = batchAfter(after);
				next = 0;
				last = batch.size() < BATCH;
				if (!batch.isEmpty()) {
					after = batch.get(batch.size() - 1).id();
				}
				return !batch.isEmpty();
			}

			@Override
			public Entry next() {
				if (!hasNext()) {
					throw new NoSuchElementException();
				}
				return batch.get(next++);
			}
		};
	}

	/** The ids and publication times of one slice of the published profiles in the order of their ids, for a sitemap part. */
	public List<Entry> slice(long offset, int limit) {
		return jdbc.sql("""
				select id, published::text as content, published_at from portal_profile
				where published is not null order by id offset ? limit ?""")
			.params(offset, limit)
			.query((rs, row) -> new Entry(rs.getObject("id", UUID.class),
					json.readValue(rs.getString("content"), ProfileContent.class), rs.getTimestamp("published_at").toInstant()))
			.list();
	}

	private List<Entry> batchAfter(UUID after) {
		return jdbc.sql("""
				select id, published::text as content, published_at from portal_profile
				where published is not null and id > ? order by id limit ?""")
			.params(after, BATCH)
			.query((rs, row) -> new Entry(rs.getObject("id", UUID.class),
					json.readValue(rs.getString("content"), ProfileContent.class), rs.getTimestamp("published_at").toInstant()))
			.list();
	}
}
