package org.regiolab.labs;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measure as pages and the API show it: its fact sheet with the names of what it refers to.
 * @param actorNames the display name of each actor, in the order of {@code data().actors()}
 * @param fundingNames the name of each funding programme, in the order of {@code data().funding()}
 * @param originSolution the solution of another lab this measure was adopted from
 * @param solution this measure's own entry in the solution library, once published
 */
public record MeasureView(UUID id, UUID lab, String labName, int position, MeasureData data, List<String> actorNames,
		List<String> fundingNames, @Nullable UUID originSolution, @Nullable UUID solution, Instant createdAt,
		Instant updatedAt) {
}
