package org.regiolab.surveys;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * Which responses results count: by the answering organisation's kind, sector (its WZ code) and region, and by the option picked in a choice question (cross-tabulation).
 */
@NamedInterface("api")
public record ResultFilter(@Nullable String kind, @Nullable String sector, @Nullable String region,
		@Nullable String question, @Nullable Integer option) {

	public static final ResultFilter NONE = new ResultFilter(null, null, null, null, null);

	public ResultFilter {
		kind = blankToNull(kind);
		sector = blankToNull(sector);
		region = blankToNull(region);
		question = blankToNull(question);
		if (question == null) {
			option = null;
		}
	}

	public boolean isEmpty() {
		return kind == null && sector == null && region == null && question == null;
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}
}
