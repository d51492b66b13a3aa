package org.regiolab.platform;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Turns what a user typed into a search box into a safe SQL {@code like} pattern. */
public final class LikePattern {

	private LikePattern() {
	}

	/**
	 * A lower-case "contains" pattern with {@code %}, {@code _} and {@code \} escaped, or
	 * {@code null} for an empty query, which SQL can test with {@code :pattern is null}.
	 */
	public static @Nullable String contains(@Nullable String query) {
		if (query == null || query.isBlank()) {
			return null;
		}
		String escaped = query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}
}
