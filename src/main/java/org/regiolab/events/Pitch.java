package org.regiolab.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A stored pitch.
 * @param organisationLabel the registry's name of the organisation, else the free text
 * @param submittedBy the submitter's account; they may change the pitch
 */
public record Pitch(UUID id, UUID event, PitchData data, @Nullable String organisationLabel, String submittedBy,
		Instant submittedAt) {
}
