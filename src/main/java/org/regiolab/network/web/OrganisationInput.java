package org.regiolab.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.network.OrganisationData;
import org.regiolab.network.OrganisationKind;

/**
 * An organisation as the API takes it.
 * @param kind a company when not given
 */
record OrganisationInput(@NotBlank @Size(max = 300) String name, @Nullable OrganisationKind kind,
		@Nullable @Pattern(regexp = "^$|^[A-U]$|^[0-9]{2}$") String sectorCode,
		@Nullable @Pattern(regexp = "^$|^[0-9]{5}$") String regionKey, @Nullable @Size(max = 200) String street,
		@Nullable @Pattern(regexp = "^$|^[0-9]{5}$") String postalCode, @Nullable @Size(max = 200) String city,
		@Nullable @Size(max = 500) @Pattern(regexp = "^$|^https?://\\S+$") String website,
		@Nullable @Size(max = 5000) String description) {

	OrganisationData toData() {
		return new OrganisationData(name, kind == null ? OrganisationKind.COMPANY : kind, sectorCode, regionKey, street,
				postalCode, city, website, description);
	}
}
