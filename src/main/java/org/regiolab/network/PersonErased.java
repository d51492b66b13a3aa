package org.regiolab.network;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A person was erased. Modules that keep traces of people (registrations, feedback) replace them
 * with an anonymous marker, so that their counts stay right and nobody can be identified. The
 * email finds traces that were left under the address rather than the person (event registrations).
 */
@NamedInterface("api")
public record PersonErased(UUID person, @Nullable String email) {
}
