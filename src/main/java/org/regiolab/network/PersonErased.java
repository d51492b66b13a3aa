package org.regiolab.network;

import java.util.UUID;

/**
 * A person was erased. Modules that keep traces of people (registrations, feedback) replace them
 * with an anonymous marker, so that their counts stay right and nobody can be identified.
 */
public record PersonErased(UUID person) {
}
