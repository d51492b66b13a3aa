package org.regiolab.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * A registration as coordinators see it in the participant list.
 * @param organisationName the registry's name of the organisation, or what the person wrote
 * @param waitlistPosition 1 for the next to move up, {@code null} unless waitlisted
 */
@NamedInterface("api")
public record RegistrationView(UUID id, UUID event, String givenName, String familyName, String email,
		@Nullable UUID organisation, @Nullable String organisationName, boolean consentToContact,
		RegistrationStatus status, @Nullable Integer waitlistPosition, boolean walkIn, Instant registeredAt,
		@Nullable Instant cancelledAt, @Nullable Instant checkedInAt) {

	public String name() {
		return givenName + " " + familyName;
	}
}
