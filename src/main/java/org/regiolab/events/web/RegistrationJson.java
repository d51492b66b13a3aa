package org.regiolab.events.web;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.events.RegistrationOutcome;
import org.regiolab.events.RegistrationStatus;
import org.regiolab.events.RegistrationView;

/** A registration in the participant list of the API. */
record RegistrationJson(UUID id, String givenName, String familyName, String email, @Nullable UUID organizationId,
		@Nullable String organizationName, boolean consentToContact, RegistrationStatus status,
		@Nullable Integer waitlistPosition, boolean walkIn, Instant registeredAt, @Nullable Instant cancelledAt,
		@Nullable Instant checkedInAt) {

	static RegistrationJson of(RegistrationView r) {
		return new RegistrationJson(r.id(), r.givenName(), r.familyName(), r.email(), r.organisation(),
				r.organisationName(), r.consentToContact(), r.status(), r.waitlistPosition(), r.walkIn(), r.registeredAt(),
				r.cancelledAt(), r.checkedInAt());
	}

	/** What the person registering learns: their status and place, nothing about anybody else. */
	record Receipt(UUID id, RegistrationStatus status, @Nullable Integer waitlistPosition) {

		static Receipt of(RegistrationOutcome outcome) {
			return new Receipt(outcome.id(), outcome.status(), outcome.waitlistPosition());
		}
	}
}
