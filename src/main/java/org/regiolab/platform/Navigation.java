package org.regiolab.platform;

import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/**
 * A module's entries in the site's main navigation. The layout shows each person the entries of
 * every module in the order of their positions, and only those whose pages that person may open;
 * the start page introduces those with a summary.
 */
public interface Navigation {

	List<Entry> entries();

	/**
	 * @param position where the entry stands, smaller first; docs/adding-a-module.md lists the positions taken
	 * @param path the page it leads to, e.g. {@code /labs}
	 * @param label the message key of its name
	 * @param summary the message key of a sentence that introduces it on the start page, or {@code null}
	 *        to leave it off there
	 * @param shownTo who sees it: whoever may open the page ({@code null} for an anonymous visitor)
	 */
	record Entry(int position, String path, String label, @Nullable String summary,
			Predicate<@Nullable Authentication> shownTo) {
	}
}
