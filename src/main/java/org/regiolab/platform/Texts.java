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

	public static List<String> entries(List<String> values) {
		return values.stream().map(Texts::blankToNull).filter(Objects::nonNull).toList();
	}
}
