package org.regiolab.portal.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

import org.regiolab.portal.CityPage;
import org.regiolab.portal.Offer;
import org.regiolab.portal.OpeningHours;
import org.regiolab.portal.PortalCategories;
import org.regiolab.portal.PortalPaths;
import org.regiolab.portal.ProfileContent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads from PostgreSQL, the record, what the index holds: every public profile's published version and the city pages. */
@Component
class IndexedItems {

	private static final Locale GERMAN = Locale.GERMAN;
	private static final int BATCH = 2000;

	private final JdbcClient jdbc;
	private final JsonMapper json;
	private final PortalCategories categories;

	IndexedItems(JdbcClient jdbc, JsonMapper json, PortalCategories categories) {
		this.jdbc = jdbc;
		this.json = json;
		this.categories = categories;
	}

	/** The documents of those of {@code ids} that are public; the others are to leave the index. */
	List<SearchDocument> profiles(Collection<UUID> ids) {
		return jdbc.sql("select id, published::text as content from portal_profile where id = any(?) and published is not null")
			.param(ids.toArray(UUID[]::new))
			.query((rs, row) -> profile(rs.getObject("id", UUID.class), rs.getString("content")))
			.list();
	}

	/** The documents of those of {@code ids} that are city pages. */
	List<SearchDocument> pages(Collection<UUID> ids) {
		return jdbc.sql("select * from portal_page where id = any(?)")
			.param(ids.toArray(UUID[]::new))
			.query(new DataClassRowMapper<>(CityPage.class))
			.list()
			.stream()
			.map(IndexedItems::page)
			.toList();
	}

	void eachPage(Consumer<SearchDocument> consumer) {
		jdbc.sql("select * from portal_page order by id").query(new DataClassRowMapper<>(CityPage.class)).list().stream()
			.map(IndexedItems::page)
			.forEach(consumer);
	}

	long count() {
		return jdbc.sql("select (select count(*) from portal_profile where published is not null) + (select count(*) from portal_page)")
			.query(Long.class).single();
	}

	static SearchDocument page(CityPage page) {
		// both languages in one document: a visitor may search either
		String text = String.join("\n", page.titleEn(), Objects.toString(page.summaryEn(), ""), page.bodyDe(), page.bodyEn());
		return new SearchDocument("page", page.id(), page.titleDe(), page.summaryDe(), text, List.of(), null,
				OpeningHours.none(), List.of(), false, List.of(), page.url());
	}

	/** Every public profile, read in batches in the order of their ids, so that a million need not fit in memory. */
	void eachProfile(Consumer<SearchDocument> consumer) {
		// PostgreSQL orders uuids byte by byte: the nil uuid comes first
		UUID after = new UUID(0L, 0L);
		while (true) {
			List<SearchDocument> batch = jdbc.sql("""
					select id, published::text as content from portal_profile
					where published is not null and id > ? order by id limit ?""")
				.params(after, BATCH)
				.query((rs, row) -> profile(rs.getObject("id", UUID.class), rs.getString("content")))
				.list();
			batch.forEach(consumer);
			if (batch.size() < BATCH) {
				return;
			}
			after = batch.get(batch.size() - 1).id();
		}
	}

	SearchDocument profile(UUID id, String content) {
		ProfileContent profile = json.readValue(content, ProfileContent.class);
		List<String> text = new ArrayList<>();
		text.add(profile.description());
		profile.categories().forEach(category -> text.add(categories.name(category, GERMAN)));
		profile.offers().forEach(offer -> {
			text.add(offer.title());
			text.add(offer.text());
		});
		text.add(profile.street());
		text.add(profile.city());
		text.add(profile.accessibility());
		text.addAll(profile.languages());
		List<LocalDate> offersUntil = profile.offers().stream()
			.map(Offer::validUntil)
			.map(until -> until == null ? LocalDate.MAX : until)
			.toList();
		return new SearchDocument("profile", id, profile.name(), profile.shortDescription(),
				String.join("\n", text.stream().filter(Objects::nonNull).toList()), profile.categories(), profile.district(),
				profile.hours(), profile.closures(), profile.closedOnPublicHolidays(), offersUntil, PortalPaths.profile(id));
	}
}
