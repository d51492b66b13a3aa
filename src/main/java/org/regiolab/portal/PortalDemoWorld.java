package org.regiolab.portal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.regiolab.network.OrganisationData;
import org.regiolab.network.OrganisationKind;
import org.regiolab.network.OrganisationRegistry;
import org.regiolab.platform.DemoWorldPart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Bottrop's portal as the seed describes HalloBot: a few hundred businesses in the city's
 * districts (all invented, and each says so), the city's offers that the seed names as the most
 * visited pages (Fairtrade-Town, the weekly market, the Bottrop voucher) and the free Wi-Fi in the
 * city centre. A handful of entries wait for review, and the page statistics of the last weeks
 * rank the pages as the seed reports.
 */
@Component
class PortalDemoWorld implements DemoWorldPart {

	static final int BUSINESSES = 300;
	static final String INVENTED = "Erfundener Beispielbetrieb des Demo-Modus.";
	static final String DEMO_MEMBER = "mitglied@demo.regiolab.example";

	private final ProfileRegistry profiles;
	private final OrganisationRegistry organisations;
	private final CityPages pages;
	private final JdbcClient jdbc;
	private final Clock clock;

	PortalDemoWorld(ProfileRegistry profiles, OrganisationRegistry organisations, CityPages pages, JdbcClient jdbc,
			Clock clock) {
		this.profiles = profiles;
		this.organisations = organisations;
		this.pages = pages;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 500;
	}

	@Override
	public void load() {
		BottropCityPages.all().forEach(page -> pages.save(page.slug(), page.position(), page.titleDe(), page.titleEn(),
				page.summaryDe(), page.summaryEn(), page.bodyDe(), page.bodyEn()));
		LocalDate today = LocalDate.now(clock);
		List<ProfileContent> businesses = BottropBusinesses.generate(BUSINESSES, today);
		for (int i = 0; i < businesses.size(); i++) {
			ProfileContent business = businesses.get(i);
			UUID organisation = organisations.create(new OrganisationData(business.name(),
					business.categories().contains("handwerk") ? OrganisationKind.CRAFT_BUSINESS : OrganisationKind.COMPANY, null,
					"05512", business.street(), business.postalCode(), business.city(), null, INVENTED));
			UUID profile = profiles.create(organisation, business);
			// the last few wait for the office's review, as new self-registrations do
			if (i < businesses.size() - 3) {
				profiles.publish(profile);
			}
			else {
				jdbc.sql("update portal_profile set status = 'SUBMITTED' where id = ?").param(profile).update();
			}
			if (i == 0) {
				profiles.addEditor(profile, DEMO_MEMBER);
			}
		}
		seedStatistics(today);
	}

	// invented counts in the order the seed reports: Fairtrade-Town, weekly market, Bottrop voucher most visited
	private void seedStatistics(LocalDate today) {
		String[] pagesByRank = { "page:fairtrade-town", "page:wochenmarkt", "page:bottrop-gutschein", "portal",
				"page:freies-wlan", "search", "register" };
		int[] perDay = { 61, 48, 37, 30, 12, 25, 3 };
		for (int day = 1; day <= 28; day++) {
			for (int i = 0; i < pagesByRank.length; i++) {
				jdbc.sql("insert into portal_page_view (day, page, views) values (?, ?, ?)")
					.params(today.minusDays(day), pagesByRank[i], perDay[i] + (day * 7 + i * 3) % 11)
					.update();
			}
		}
		jdbc.sql("insert into portal_search_miss (day, query, searches) values (?, 'schlüsseldienst', 6), (?, 'tierarzt', 4)")
			.params(today.minusDays(2), today.minusDays(3))
			.update();
	}
}
