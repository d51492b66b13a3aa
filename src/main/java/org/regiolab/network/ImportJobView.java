package org.regiolab.network;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An import as its owner follows it: {@code processed} of {@code total} rows checked, the problems
 * by row and column in the reader's language, and the rows that exist already.
 */
public record ImportJobView(UUID id, String kind, String status, String fileName, int processed, int total,
		int created, List<Error> errors, List<Duplicate> duplicates, Instant createdAt, @Nullable Instant finishedAt) {

	/** A problem of one row; row 1 is the header (the whole file). */
	public record Error(int row, @Nullable String column, String message) {
	}

	/** A row not created because it exists already, in RegioLab or earlier in the file. */
	public record Duplicate(int row, String name, @Nullable UUID existingId, @Nullable Integer earlierRow,
			boolean merged) {
	}
}
