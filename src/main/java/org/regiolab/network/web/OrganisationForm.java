package org.regiolab.network.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.network.OrganisationData;
import org.regiolab.network.OrganisationKind;

/**
 * An organisation as its form takes it; the fields are named as the API ({@link OrganisationInput}) names them.
 */
class OrganisationForm {

	@NotBlank
	@Size(max = 300)
	private String name = "";

	@NotNull
	private @Nullable OrganisationKind kind = OrganisationKind.COMPANY;

	@Pattern(regexp = "^$|^[A-U]$|^[0-9]{2}$")
	private @Nullable String sectorCode;

	@Pattern(regexp = "^$|^[0-9]{5}$")
	private @Nullable String regionKey;

	@Size(max = 200)
	private @Nullable String street;

	@Pattern(regexp = "^$|^[0-9]{5}$")
	private @Nullable String postalCode;

	@Size(max = 200)
	private @Nullable String city;

	@Size(max = 500)
	@Pattern(regexp = "^$|^https?://\\S+$")
	private @Nullable String website;

	@Size(max = 5000)
	private @Nullable String description;

	static OrganisationForm of(OrganisationData data) {
		OrganisationForm input = new OrganisationForm();
		input.name = data.name();
		input.kind = data.kind();
		input.sectorCode = data.sectorCode();
		input.regionKey = data.regionKey();
		input.street = data.street();
		input.postalCode = data.postalCode();
		input.city = data.city();
		input.website = data.website();
		input.description = data.description();
		return input;
	}

	OrganisationData toData() {
		return new OrganisationData(name, kind, sectorCode, regionKey, street, postalCode, city, website, description);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable OrganisationKind getKind() {
		return kind;
	}

	public void setKind(@Nullable OrganisationKind kind) {
		this.kind = kind;
	}

	public @Nullable String getSectorCode() {
		return sectorCode;
	}

	public void setSectorCode(@Nullable String sectorCode) {
		this.sectorCode = sectorCode;
	}

	public @Nullable String getRegionKey() {
		return regionKey;
	}

	public void setRegionKey(@Nullable String regionKey) {
		this.regionKey = regionKey;
	}

	public @Nullable String getStreet() {
		return street;
	}

	public void setStreet(@Nullable String street) {
		this.street = street;
	}

	public @Nullable String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(@Nullable String postalCode) {
		this.postalCode = postalCode;
	}

	public @Nullable String getCity() {
		return city;
	}

	public void setCity(@Nullable String city) {
		this.city = city;
	}

	public @Nullable String getWebsite() {
		return website;
	}

	public void setWebsite(@Nullable String website) {
		this.website = website;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}
}
