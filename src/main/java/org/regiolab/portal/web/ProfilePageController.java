package org.regiolab.portal.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.PlatformProperties;
import org.regiolab.portal.OpeningHours;
import org.regiolab.portal.OpeningStatus;
import org.regiolab.portal.PageStatistics;
import org.regiolab.portal.PortalCategories;
import org.regiolab.portal.PortalPaths;
import org.regiolab.portal.ProfileContent;
import org.regiolab.portal.ProfilePages;
import org.regiolab.portal.PublicHolidays;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/**
 * A business's public page: what it offers, whether it is open now, its hours and how to reach
 * it, with schema.org data for search engines. Browsers and proxies may keep it for a minute, but
 * not past the next opening or closing time, so "heute geöffnet bis 18:00" is never shown after
 * six; then they ask again with its ETag, which changes with the published version, the language
 * and the opening status.
 */
@Controller
class ProfilePageController {

	/** How long browsers, proxies and {@link ProfilePageCache} may keep a page at most. */
	static final Duration MAX_AGE = Duration.ofMinutes(1);

	/** One weekday of the hours table: its message key and its times, none when closed. */
	record Day(String key, List<String> times) {
	}

	private final ProfilePages pages;
	private final PageStatistics statistics;
	private final PortalCategories categories;
	private final ProfileJsonLd jsonLd;
	private final PublicHolidays holidays;
	private final PlatformProperties platform;
	private final Clock clock;

	ProfilePageController(ProfilePages pages, PageStatistics statistics, PortalCategories categories,
			ProfileJsonLd jsonLd, PublicHolidays holidays, PlatformProperties platform, Clock clock) {
		this.pages = pages;
		this.statistics = statistics;
		this.categories = categories;
		this.jsonLd = jsonLd;
		this.holidays = holidays;
		this.platform = platform;
		this.clock = clock;
	}

	@GetMapping("/portal/profiles/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale, WebRequest request, HttpServletResponse response) {
		ProfilePages.Page page = pages.find(id).orElseThrow(() -> NotFoundException.of("public profile", id));
		statistics.viewed("profile:" + id);
		ProfileContent content = page.content();
		OpeningHours hours = content.hours();
		ZonedDateTime now = ZonedDateTime.now(clock);
		OpeningStatus status = OpeningStatus.at(now, hours, content.closures(), content.closedOnPublicHolidays(), holidays);
		long fresh = Math.min(MAX_AGE.toSeconds(), Duration.between(now, OpeningStatus.nextChange(now, hours)).toSeconds());
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.maxAge(Duration.ofSeconds(fresh)).cachePublic().getHeaderValue());
		// the page is in the visitor's language, which the switcher's cookie or the browser's preferences chose
		response.setHeader(HttpHeaders.VARY, "Accept-Language, Cookie");
		String etag = "\"" + HexFormat.of().toHexDigits(Objects.hash(id, page.publishedAt(), locale.getLanguage(), status,
				now.toLocalDate(), page.photos())) + "\"";
		if (request.checkNotModified(etag, page.publishedAt().toEpochMilli())) {
			return null;
		}
		LocalDate today = now.toLocalDate();
		model.addAttribute("photos", page.photos());
		// not "content": that is the layout fragment's parameter, which would hide it inside the page
		model.addAttribute("business", content);
		model.addAttribute("status", status);
		model.addAttribute("week", week(hours));
		model.addAttribute("closures", content.closures().stream().filter(closure -> !closure.to().isBefore(today)).toList());
		model.addAttribute("offers", content.offers().stream().filter(offer -> offer.currentOn(today)).toList());
		model.addAttribute("categoryNames", content.categories().stream().map(key -> categories.name(key, locale)).toList());
		model.addAttribute("jsonLd", jsonLd.of(content, hours, platform.publicUrl() + PortalPaths.profile(id)));
		return "portal/profile";
	}

	static List<Day> week(OpeningHours hours) {
		return Arrays.stream(DayOfWeek.values())
			.map(day -> new Day("portal.day." + day, hours.on(day).stream()
				.map(span -> OpeningHours.time(span.opens()) + "–" + OpeningHours.time(span.closes()))
				.collect(Collectors.toList())))
			.toList();
	}
}
