package org.regiolab.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import jakarta.annotation.PreDestroy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Counts page views per page and day, and searches that found nothing, without tracking anybody:
 * nothing about the visitor is looked at or stored, no cookie is set. Views are added up in memory
 * and written every few seconds as additions ({@code views = views + n}), so a busy profile page
 * costs no database write per view and several nodes add up alike. A crash loses the last
 * seconds' counts, which statistics can bear.
 */
@Component
public class PageStatistics {

	/** A page and how often it was viewed. */
	public record PageViews(String page, long views) {
	}

	/** A search that found nothing and how often it was made. */
	public record Miss(String query, long searches) {
	}

	static final int MAX_QUERY = 100;

	private record Key(LocalDate day, String page) {
	}

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;
	private final Clock clock;
	private volatile Map<Key, LongAdder> views = new ConcurrentHashMap<>();
	private volatile Map<Key, LongAdder> misses = new ConcurrentHashMap<>();

	PageStatistics(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/** @param page e.g. {@code portal}, {@code profile:<id>}, {@code page:<slug>} */
	public void viewed(String page) {
		views.computeIfAbsent(new Key(LocalDate.now(clock), page), key -> new LongAdder()).increment();
	}

	public void searchFoundNothing(String query) {
		String normalised = query.strip().toLowerCase(Locale.GERMAN).replaceAll("\\s+", " ");
		if (!normalised.isEmpty()) {
			String cut = normalised.length() > MAX_QUERY ? normalised.substring(0, MAX_QUERY) : normalised;
			misses.computeIfAbsent(new Key(LocalDate.now(clock), cut), key -> new LongAdder()).increment();
		}
	}

	/** Writes the counts gathered since the last time. */
	@Scheduled(fixedDelayString = "${regiolab.portal.statistics-interval:10s}")
	@PreDestroy
	public synchronized void flush() {
		Map<Key, LongAdder> counted = views;
		views = new ConcurrentHashMap<>();
		write("""
				insert into portal_page_view (day, page, views) values (?, ?, ?)
				on conflict (day, page) do update set views = portal_page_view.views + excluded.views""", counted);
		Map<Key, LongAdder> missed = misses;
		misses = new ConcurrentHashMap<>();
		write("""
				insert into portal_search_miss (day, query, searches) values (?, ?, ?)
				on conflict (day, query) do update set searches = portal_search_miss.searches + excluded.searches""", missed);
	}

	/** The most viewed pages between two days (both included), most viewed first. */
	public List<PageViews> mostViewed(LocalDate from, LocalDate to, int limit) {
		return jdbc.sql("""
				select page, sum(views) as views from portal_page_view where day between ? and ?
				group by page order by sum(views) desc, page limit ?""")
			.params(from, to, limit)
			.query((rs, row) -> new PageViews(rs.getString("page"), rs.getLong("views")))
			.list();
	}

	public long viewsOf(String page, LocalDate from, LocalDate to) {
		return jdbc.sql("select coalesce(sum(views), 0) from portal_page_view where page = ? and day between ? and ?")
			.params(page, from, to)
			.query(Long.class)
			.single();
	}

	/** The searches that found nothing between two days, most frequent first. */
	public List<Miss> misses(LocalDate from, LocalDate to, int limit) {
		return jdbc.sql("""
				select query, sum(searches) as searches from portal_search_miss where day between ? and ?
				group by query order by sum(searches) desc, query limit ?""")
			.params(from, to, limit)
			.query((rs, row) -> new Miss(rs.getString("query"), rs.getLong("searches")))
			.list();
	}

	private void write(String sql, Map<Key, LongAdder> counts) {
		if (counts.isEmpty()) {
			return;
		}
		List<Object[]> rows = new ArrayList<>();
		counts.forEach((key, count) -> rows.add(new Object[] { key.day(), key.page(), count.sum() }));
		batch.batchUpdate(sql, rows);
	}
}
