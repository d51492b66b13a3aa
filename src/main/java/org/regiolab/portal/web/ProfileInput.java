package org.regiolab.portal.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.portal.Closure;
import org.regiolab.portal.Offer;
import org.regiolab.portal.ProfileContent;

/**
 * A business profile as the API takes it. {@code organizationId} is needed to create a profile and
 * ignored when changing one; {@code openingHours} reads like {@code Mo-Fr 08:00-18:00; Sa 08:00-13:00}.
 */
record ProfileInput(@Nullable UUID organizationId, @NotBlank @Size(max = 200) String name,
		@Nullable @Size(max = 300) String shortDescription, @Nullable @Size(max = 10000) String description,
		@Nullable @Size(max = 10) List<@NotBlank @Size(max = 60) String> categories,
		@Nullable @Size(max = 200) String street, @Nullable @Pattern(regexp = "\\s*\\d{5}\\s*") String postalCode,
		@Nullable @Size(max = 100) String city, @Nullable @Size(max = 100) String district,
		@Nullable @Size(max = 500) String openingHours, @Nullable @Size(max = 50) List<@Valid @NotNull Closure> closures,
		@Nullable Boolean closedOnPublicHolidays, @Nullable @Size(max = 50) @Pattern(regexp = "[0-9 +()/.-]*") String phone,
		@Nullable @Email @Size(max = 200) String email,
		@Nullable @Size(max = 500) @Pattern(regexp = "\\s*(https?://\\S+)?\\s*") String website,
		@Nullable @Size(max = 10) List<@NotBlank @Size(max = 500) @Pattern(regexp = "https?://\\S+") String> socialLinks,
		@Nullable @Size(max = 20) List<@Valid @NotNull Offer> offers, @Nullable @Size(max = 2000) String accessibility,
		@Nullable @Size(max = 20) List<@NotBlank @Size(max = 50) String> languages) {

	ProfileContent toContent() {
		return new ProfileContent(name, shortDescription, description, categories, street, postalCode, city, district,
				openingHours, closures, closedOnPublicHolidays == null || closedOnPublicHolidays, phone, email, website,
				socialLinks, offers, accessibility, languages);
	}
}
