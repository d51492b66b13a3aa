package org.regiolab.events;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a registration request came to.
 * @param waitlistPosition 1 for the next to move up, {@code null} unless waitlisted
 * @param existing true if the email was registered for the event before and this is that registration
 */
public record RegistrationOutcome(UUID id, RegistrationStatus status, @Nullable Integer waitlistPosition,
		boolean existing) {
}
