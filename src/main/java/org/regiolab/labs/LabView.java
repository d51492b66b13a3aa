package org.regiolab.labs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.NetworkDirectory.Entry;

/** A lab as pages and the API show it, with the names of its alliance and organisations. */
public record LabView(UUID id, LabData data, @Nullable String allianceName, @Nullable String coordinatorName,
		List<Entry> members, Instant createdAt, Instant updatedAt) {
}
