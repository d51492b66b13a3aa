package org.regiolab.network;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** An organisation as pages and the API show it, with the names of its sector and region. */
public record OrganisationView(UUID id, OrganisationData data, @Nullable String sectorTitle,
		@Nullable String regionName, Instant createdAt, Instant updatedAt) {
}
