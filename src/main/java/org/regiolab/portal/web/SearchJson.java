package org.regiolab.portal.web;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.regiolab.portal.PortalCategories;
import org.regiolab.portal.SearchResult;

/**
 * A search answer as the API gives it.
 * @param total how many items match; at least this many when {@code totalIsExact} is false
 * @param items {@code type} is {@code profile} or {@code page}; {@code url} the public page
 * @param facets counts within the result: categories (with their names), districts, open now, with offers
 */
record SearchJson(long total, boolean totalIsExact, List<SearchResult.Hit> items, Facets facets, int page, int size) {

	/**
	 * @param counted how many of the hits were counted: all of them when {@code exact}, else the
	 *        first ones in the order of the index, a sample, so that the counts are approximate
	 */
	record Facets(List<Value> category, List<Value> district, long openNow, long offers, long counted, boolean exact) {
	}

	/** @param name how a category is called in the caller's language; for districts the district itself */
	record Value(String value, @Nullable String name, long count) {
	}

	static SearchJson of(SearchResult result, Locale locale, PortalCategories categories) {
		SearchResult.Facets facets = result.facets();
		return new SearchJson(result.total(), result.totalIsExact(), result.items(),
				new Facets(facets.category().stream()
					.map(count -> new Value(count.value(), categories.name(count.value(), locale), count.count())).toList(),
						facets.district().stream().map(count -> new Value(count.value(), count.value(), count.count())).toList(),
						facets.openNow(), facets.offers(), facets.counted(), facets.exact()),
				result.page(), result.size());
	}
}
