package org.regiolab.platform;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/** Turns what a user typed into a search box into a safe SQL {@code like} pattern. */
public final class LikePattern {

	private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

	private LikePattern() {
	}

	/**
	 * A lower-case "contains" pattern with {@code %}, {@code _} and {@code \} escaped and control
	 * characters dropped (PostgreSQL refuses a NUL in text, and no name holds one), or {@code null}
	 * for an empty query, which SQL can test with {@code :pattern is null}.
	 */
	public static @Nullable String contains(@Nullable String query) {
		String text = query == null ? null : CONTROL.matcher(query).replaceAll(" ");
		if (text == null || text.isBlank()) {
			return null;
		}
		String escaped = text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
		return "%" + escaped + "%";
	}
}
