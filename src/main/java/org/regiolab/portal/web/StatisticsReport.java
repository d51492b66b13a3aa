package org.regiolab.portal.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.portal.CityPage;
import org.regiolab.portal.CityPages;
import org.regiolab.portal.PageStatistics;
import org.regiolab.portal.PortalPaths;
import org.regiolab.portal.ProfileRegistry;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The page statistics as the office reads them: pages by name with their address, and the searches that found nothing. */
@Component
class StatisticsReport {

	static final int TOP = 50;
	static final int DEFAULT_DAYS = 30;

	/** One page's views. */
	record PageLine(String page, String name, @Nullable String url, long views) {
	}

	/** The figures of a period. */
	record Report(LocalDate from, LocalDate to, List<PageLine> items, List<PageStatistics.Miss> searchesWithoutResults) {
	}

	private final PageStatistics statistics;
	private final ProfileRegistry profiles;
	private final CityPages pages;
	private final MessageSource messages;
	private final Clock clock;

	StatisticsReport(PageStatistics statistics, ProfileRegistry profiles, CityPages pages, MessageSource messages,
			Clock clock) {
		this.statistics = statistics;
		this.profiles = profiles;
		this.pages = pages;
		this.messages = messages;
		this.clock = clock;
	}

	/** @throws InvalidInputException naming {@code from} for a period that ends before it begins or spans more than a year */
	Report of(@Nullable LocalDate from, @Nullable LocalDate to, Locale locale) {
		LocalDate last = to != null ? to : LocalDate.now(clock);
		LocalDate first = from != null ? from : last.minusDays(DEFAULT_DAYS - 1);
		if (last.isBefore(first) || ChronoUnit.DAYS.between(first, last) > 366) {
			throw new InvalidInputException("from", "portal.statistics.range.invalid", "A period of at most a year");
		}
		statistics.flush();
		List<PageStatistics.PageViews> viewed = statistics.mostViewed(first, last, TOP);
		Map<UUID, String> names = profileNames(viewed);
		List<PageLine> lines = viewed.stream().map(page -> line(page, names, locale)).toList();
		return new Report(first, last, lines, statistics.misses(first, last, TOP));
	}

	private PageLine line(PageStatistics.PageViews page, Map<UUID, String> profileNames, Locale locale) {
		String key = page.page();
		if (key.startsWith("profile:")) {
			UUID id = UUID.fromString(key.substring("profile:".length()));
			return new PageLine(key, profileNames.getOrDefault(id, key), PortalPaths.profile(id), page.views());
		}
		if (key.startsWith("page:")) {
			Optional<CityPage> city = pages.bySlug(key.substring("page:".length()));
			return new PageLine(key, city.map(found -> found.title(locale)).orElse(key), city.map(CityPage::url).orElse(null),
					page.views());
		}
		String name = messages.getMessage("portal.page." + key, null, null, locale);
		String url = switch (key) {
			case "portal" -> PortalPaths.START;
			case "search" -> PortalPaths.SEARCH;
			case "register" -> "/portal/register";
			default -> null;
		};
		return new PageLine(key, name != null ? name : messages.getMessage("portal.page.unknown", new Object[] { key }, locale),
				url, page.views());
	}

	private Map<UUID, String> profileNames(List<PageStatistics.PageViews> viewed) {
		Set<UUID> ids = viewed.stream().map(PageStatistics.PageViews::page).filter(page -> page.startsWith("profile:"))
			.map(page -> UUID.fromString(page.substring("profile:".length()))).collect(Collectors.toSet());
		return ids.stream().map(profiles::find).flatMap(Optional::stream)
			.collect(Collectors.toMap(profile -> profile.id(), profile -> profile.current().name()));
	}
}
