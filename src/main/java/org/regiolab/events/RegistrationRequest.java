package org.regiolab.events;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Somebody asks for a seat.
 * @param organisation the organisation from the registry, if they chose one
 * @param organisationName their organisation as they wrote it, if it is not in the registry
 * @param language the language of their mails, {@code de} or {@code en}
 * @param account the signed-in account that registers, {@code null} for an anonymous visitor
 */
public record RegistrationRequest(UUID event, String givenName, String familyName, String email,
		@Nullable UUID organisation, @Nullable String organisationName, boolean consentToContact, String language,
		@Nullable String account) {
}
