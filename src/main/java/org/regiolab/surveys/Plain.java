package org.regiolab.surveys;

import org.jspecify.annotations.Nullable;

/**
 * Texts as surveys store them: PostgreSQL refuses the NUL character in text and jsonb, and nobody
 * types it, so it is dropped wherever a survey's or an answer's text comes in.
 */
final class Plain {

	private Plain() {
	}

	static @Nullable String text(@Nullable String value) {
		return value == null || value.indexOf('\0') < 0 ? value : value.replace("\0", "");
	}
}
