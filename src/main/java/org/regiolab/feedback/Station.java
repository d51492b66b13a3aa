package org.regiolab.feedback;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A station (research island) of a themed world, with the name of the company behind it. */
public record Station(UUID id, UUID themedWorld, StationData data, @Nullable String organisationName) {
}
