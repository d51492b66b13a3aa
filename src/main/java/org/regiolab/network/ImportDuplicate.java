package org.regiolab.network;

import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A row that describes what exists already (same name and postal code, or same email), offered
 * for merging instead of being created twice.
 * @param existing the organisation or person in RegioLab, or {@code null} when an earlier row of
 * the same file is the twin
 * @param earlierRow that earlier row
 * @param values the row's values by field, kept so that they can be merged into the existing one
 * @param merged whether they have been
 */
record ImportDuplicate(int row, String name, @Nullable UUID existing, @Nullable Integer earlierRow,
		Map<String, String> values, boolean merged) {

	ImportDuplicate mergedInto() {
		return new ImportDuplicate(row, name, existing, earlierRow, values, true);
	}
}
