package org.regiolab.portal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.AuditLog;
import org.regiolab.portal.search.IndexQueue;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city's offer pages, kept by the office. Every public page shows the menu, so the pages are
 * held in memory for a few seconds; on several nodes a change reaches the others' menus as quickly.
 */
@Service
@Transactional
public class CityPages {

	static final Duration FRESH_FOR = Duration.ofSeconds(10);

	private final JdbcClient jdbc;
	private final IndexQueue index;
	private final AuditLog audit;
	private final Clock clock;
	private volatile @Nullable Snapshot cached;

	private record Snapshot(List<CityPage> pages, Instant readAt) {
	}

	CityPages(JdbcClient jdbc, IndexQueue index, AuditLog audit, Clock clock) {
		this.jdbc = jdbc;
		this.index = index;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every page in the menu's order; no transaction, because every public page asks and mostly the memory answers. */
	@Transactional(propagation = Propagation.SUPPORTS)
	public List<CityPage> all() {
		Snapshot snapshot = cached;
		if (snapshot == null || snapshot.readAt().plus(FRESH_FOR).isBefore(clock.instant())) {
			snapshot = new Snapshot(jdbc.sql("select * from portal_page order by position, slug")
				.query(new DataClassRowMapper<>(CityPage.class)).list(), clock.instant());
			cached = snapshot;
		}
		return snapshot.pages();
	}

	@Transactional(propagation = Propagation.SUPPORTS)
	public Optional<CityPage> bySlug(String slug) {
		return all().stream().filter(page -> page.slug().equals(slug)).findFirst();
	}

	/** Creates the page or, when one has the slug, replaces it; the search index takes it up. */
	public UUID save(String slug, int position, String titleDe, String titleEn, @Nullable String summaryDe,
			@Nullable String summaryEn, String bodyDe, String bodyEn) {
		UUID id = jdbc.sql("""
				insert into portal_page (id, slug, position, title_de, title_en, summary_de, summary_en, body_de, body_en)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (slug) do update set position = excluded.position, title_de = excluded.title_de,
				    title_en = excluded.title_en, summary_de = excluded.summary_de, summary_en = excluded.summary_en,
				    body_de = excluded.body_de, body_en = excluded.body_en, updated_at = now()
				returning id""")
			.params(UUID.randomUUID(), slug, position, titleDe, titleEn, summaryDe, summaryEn, bodyDe, bodyEn)
			.query(UUID.class)
			.single();
		cached = null;
		index.enqueue(IndexQueue.Kind.PAGE, id);
		audit.record("portal.page.saved", "portal-page:" + id, slug);
		return id;
	}
}
