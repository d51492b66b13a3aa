package org.regiolab.events.web;

import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A registration as the API takes it.
 * @param consentToContact whether the organisers may contact the person about later events
 * @param language of the mails, {@code de} (default) or {@code en}
 */
record RegistrationInput(@NotBlank @Size(max = 200) String givenName, @NotBlank @Size(max = 200) String familyName,
		@NotBlank @Size(max = 320) @Email @Pattern(regexp = ".+@.+") String email, @Nullable UUID organizationId,
		@Nullable @Size(max = 300) String organizationName, @Nullable Boolean consentToContact,
		@Nullable @Pattern(regexp = "de|en") String language) {
}
