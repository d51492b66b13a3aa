package org.regiolab.network.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.regiolab.network.Consent;
import org.regiolab.network.ConsentPurpose;
import org.regiolab.network.PersonData;

/**
 * A person as the web form edits them: the API's fields, but consents ticked per purpose. A new
 * tick is a consent given today; a removed tick withdraws the consent today, and its record stays.
 */
class PersonForm extends PersonInput {

	private Set<ConsentPurpose> purposes = EnumSet.noneOf(ConsentPurpose.class);

	static PersonForm of(PersonData data, LocalDate today) {
		PersonForm form = new PersonForm();
		form.setGivenName(data.givenName());
		form.setFamilyName(data.familyName());
		form.setEmail(data.email());
		form.setPhone(data.phone());
		form.setOrganizationId(data.organisation());
		form.setFunction(data.function());
		data.consents().stream().filter(consent -> consent.validOn(today)).forEach(consent -> form.purposes.add(consent.purpose()));
		return form;
	}

	PersonData toData(Set<Consent> before, LocalDate today) {
		Set<Consent> consents = new HashSet<>();
		for (Consent consent : before) {
			boolean withdrawn = consent.validOn(today) && !purposes.contains(consent.purpose());
			consents.add(withdrawn ? new Consent(consent.purpose(), consent.givenOn(), today) : consent);
		}
		for (ConsentPurpose purpose : purposes) {
			if (consents.stream().noneMatch(consent -> consent.purpose() == purpose && consent.validOn(today))) {
				consents.removeIf(consent -> consent.purpose() == purpose);
				consents.add(new Consent(purpose, today, null));
			}
		}
		return new PersonData(getGivenName(), getFamilyName(), getEmail(), getPhone(), getOrganizationId(), getFunction(),
				consents);
	}

	public Set<ConsentPurpose> getPurposes() {
		return purposes;
	}

	public void setPurposes(Set<ConsentPurpose> purposes) {
		this.purposes = purposes;
	}
}
