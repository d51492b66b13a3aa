package org.regiolab.portal.search;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.portal.Closure;
import org.regiolab.portal.OpeningHours;

/**
 * An item as the search index holds it, whatever it came from.
 * @param type {@code profile} or {@code page}
 * @param text what else is searched: description, offers, category names, street, accessibility
 * @param offersUntil the last day of each current offer ({@link LocalDate#MAX} for "until withdrawn")
 */
record SearchDocument(String type, UUID id, String name, @Nullable String snippet, String text, List<String> categories,
		@Nullable String district, OpeningHours hours, List<Closure> closures, boolean closedOnPublicHolidays,
		List<LocalDate> offersUntil, String url) {
}
