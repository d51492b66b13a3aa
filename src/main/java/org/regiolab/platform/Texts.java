package org.regiolab.platform;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** Tidies what people typed: trimmed, blank becomes nothing, blank list entries are dropped. */
public final class Texts {

	private Texts() {
	}

	public static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** The text as PostgreSQL stores it: without NUL characters, which nobody types and text columns refuse. */
	public static @Nullable String withoutNul(@Nullable String value) {
		return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
	}

	public static List<String> entries(List<String> values) {
		return values.stream().map(Texts::blankToNull).filter(Objects::nonNull).toList();
	}
}
