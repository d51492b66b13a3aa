package org.regiolab.portal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A page of what the city offers (weekly market, city voucher, Fairtrade-Town, free Wi-Fi), in
 * German and English; the menu shows the pages in the order of {@code position}.
 */
public record CityPage(UUID id, String slug, int position, String titleDe, String titleEn, @Nullable String summaryDe,
		@Nullable String summaryEn, String bodyDe, String bodyEn, Instant updatedAt) {

	public String title(Locale locale) {
		return english(locale) ? titleEn : titleDe;
	}

	public @Nullable String summary(Locale locale) {
		return english(locale) ? summaryEn : summaryDe;
	}

	/** The body's paragraphs: a blank line starts a new one. */
	public List<String> paragraphs(Locale locale) {
		return Arrays.stream((english(locale) ? bodyEn : bodyDe).split("\\R\\s*\\R")).map(String::strip)
			.filter(paragraph -> !paragraph.isEmpty()).toList();
	}

	public String url() {
		return PortalPaths.offer(slug);
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}
}
