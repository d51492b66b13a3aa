package org.regiolab.portal;

import org.jspecify.annotations.Nullable;

/**
 * What a visitor searches for.
 * @param text the words, in any spelling; blank lists everything the filters let through
 * @param category only what is filed under this category key
 * @param district only what is in this part of town
 * @param openNow only businesses open at this moment
 * @param offers only businesses with a current offer
 * @param page from 0
 */
public record SearchQuery(@Nullable String text, @Nullable String category, @Nullable String district, boolean openNow,
		boolean offers, int page, int size) {

	/** Longer input is cut here: no business name or search need more, and the query stays cheap. */
	public static final int MAX_TEXT = 200;
}
