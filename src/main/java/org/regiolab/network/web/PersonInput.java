package org.regiolab.network.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.network.Consent;
import org.regiolab.network.ConsentPurpose;
import org.regiolab.network.PersonData;

/** A person as the form and the API take them; the JSON field names are the property names. */
class PersonInput {

	// the web form (PersonForm) extends this with its own way of ticking consents

	@NotBlank
	@Size(max = 200)
	private String givenName = "";

	@NotBlank
	@Size(max = 200)
	private String familyName = "";

	@Email
	@Size(max = 320)
	private @Nullable String email;

	@Size(max = 50)
	@Pattern(regexp = "^$|^[0-9 +()/-]+$")
	private @Nullable String phone;

	private @Nullable UUID organizationId;

	@Size(max = 200)
	private @Nullable String function;

	private List<@Valid ConsentInput> consents = new ArrayList<>();

	/** One consent: its purpose and the day it was given (and withdrawn). */
	record ConsentInput(@NotNull ConsentPurpose purpose, @NotNull @PastOrPresent LocalDate givenOn,
			@Nullable LocalDate withdrawnOn) {
	}

	static PersonInput of(PersonData data) {
		PersonInput input = new PersonInput();
		input.givenName = data.givenName();
		input.familyName = data.familyName();
		input.email = data.email();
		input.phone = data.phone();
		input.organizationId = data.organisation();
		input.function = data.function();
		input.consents = data.consents().stream()
			.map(consent -> new ConsentInput(consent.purpose(), consent.givenOn(), consent.withdrawnOn()))
			.collect(Collectors.toCollection(ArrayList::new));
		return input;
	}

	PersonData toData() {
		return new PersonData(givenName, familyName, email, phone, organizationId, function, consents.stream()
			.map(consent -> new Consent(consent.purpose(), consent.givenOn(), consent.withdrawnOn()))
			.collect(Collectors.toSet()));
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public @Nullable String getEmail() {
		return email;
	}

	public void setEmail(@Nullable String email) {
		this.email = email;
	}

	public @Nullable String getPhone() {
		return phone;
	}

	public void setPhone(@Nullable String phone) {
		this.phone = phone;
	}

	public @Nullable UUID getOrganizationId() {
		return organizationId;
	}

	public void setOrganizationId(@Nullable UUID organizationId) {
		this.organizationId = organizationId;
	}

	public @Nullable String getFunction() {
		return function;
	}

	public void setFunction(@Nullable String function) {
		this.function = function;
	}

	public List<ConsentInput> getConsents() {
		return consents;
	}

	public void setConsents(List<ConsentInput> consents) {
		this.consents = consents;
	}
}
