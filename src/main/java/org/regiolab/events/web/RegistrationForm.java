package org.regiolab.events.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The registration form on an event's page and the walk-in form at check-in.
 * @param organisation a registry organisation's name, or any other organisation's
 * @param privacy the person has read how their data is used; without it nothing is stored
 */
record RegistrationForm(@NotBlank @Size(max = 200) String givenName, @NotBlank @Size(max = 200) String familyName,
		@NotBlank @Size(max = 320) @Email @Pattern(regexp = ".+@.+") String email,
		@Nullable @Size(max = 300) String organisation, @Nullable Boolean consentToContact, @Nullable Boolean privacy) {

	static RegistrationForm empty() {
		return new RegistrationForm("", "", "", null, false, false);
	}

	boolean agreed() {
		return Boolean.TRUE.equals(privacy);
	}
}
