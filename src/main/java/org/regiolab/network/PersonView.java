package org.regiolab.network;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A person as pages and the API show them, with the name of their organisation. */
public record PersonView(UUID id, PersonData data, @Nullable String organisationName, boolean invented,
		Instant createdAt, Instant updatedAt) {
}
