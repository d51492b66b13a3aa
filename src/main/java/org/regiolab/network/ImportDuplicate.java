package org.regiolab.network;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A row that describes what exists already (same name and postal code, or same email), offered
 * for merging instead of being created twice.
 * @param existing the organisation or person in RegioLab, or {@code null} when an earlier row of
 * the same file is the twin
 * @param earlierRow that earlier row
 */
record ImportDuplicate(int row, String name, @Nullable UUID existing, @Nullable Integer earlierRow) {
}
