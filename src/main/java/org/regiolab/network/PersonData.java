package org.regiolab.network;

import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** What is known of a person, as entered, imported or sent to the API. */
public record PersonData(String givenName, String familyName, @Nullable String email, @Nullable String phone,
		@Nullable UUID organisation, @Nullable String function, Set<Consent> consents) {
}
