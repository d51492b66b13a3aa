package org.regiolab.network;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * What is known of an organisation, as entered, imported or sent to the API. Sector and region
 * are keys of the reference data (WZ 2008 code, official regional key).
 */
@NamedInterface("api")
public record OrganisationData(String name, OrganisationKind kind, @Nullable String sectorCode,
		@Nullable String regionKey, @Nullable String street, @Nullable String postalCode, @Nullable String city,
		@Nullable String website, @Nullable String description) {
}
