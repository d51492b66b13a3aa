package org.regiolab.network;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's recorded consent to one purpose, from the day it was given until the day it was
 * withdrawn, if it was.
 */
@Table("person_consent")
public record Consent(ConsentPurpose purpose, LocalDate givenOn, @Nullable LocalDate withdrawnOn) {

	public boolean validOn(LocalDate day) {
		return !day.isBefore(givenOn) && (withdrawnOn == null || day.isBefore(withdrawnOn));
	}
}
