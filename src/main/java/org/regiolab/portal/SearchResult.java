package org.regiolab.portal;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One page of search hits and the facets of the result.
 * @param total how many items match; when {@code totalIsExact} is false, at least this many (a broad
 *        word matches hundreds of thousands of businesses, and counting them all would cost more
 *        than the search)
 */
public record SearchResult(long total, boolean totalIsExact, List<Hit> items, Facets facets, int page, int size) {

	/**
	 * One hit.
	 * @param type {@code profile} or {@code page} (a city offer)
	 * @param snippet a line that says what it is
	 * @param url the public page
	 */
	public record Hit(String type, UUID id, String name, @Nullable String snippet, String url, @Nullable String district,
			List<String> categories) {
	}

	/**
	 * How many of the matching items fall into each category and district, are open now, have a
	 * current offer.
	 * @param counted how many hits were counted: all of them when {@code exact}, else a sample, the
	 *        first ones in the order of the index
	 * @param exact whether the counts are those of the whole result
	 */
	public record Facets(List<Count> category, List<Count> district, long openNow, long offers, long counted,
			boolean exact) {

		public static Facets none() {
			return new Facets(List.of(), List.of(), 0, 0, 0, true);
		}
	}

	/** A facet value and how many items have it. */
	public record Count(String value, long count) {
	}

	public static SearchResult empty(int page, int size) {
		return new SearchResult(0, true, List.of(), Facets.none(), page, size);
	}
}
