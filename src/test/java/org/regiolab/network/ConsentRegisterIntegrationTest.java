package org.regiolab.network;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Nothing is sent to a person without a matching consent that is valid on the day. */
@IntegrationTest
class ConsentRegisterIntegrationTest {

	@Autowired
	ConsentRegister consents;

	@Autowired
	PersonRegistry people;

	@Test
	void aConsentCountsFromTheDayItWasGivenUntilTheDayItWasWithdrawn() {
		UUID person = people.create(new PersonData("Rita", "Rückruf", "rita-" + UUID.randomUUID() + "@example.org", null,
				null, null, Set.of(new Consent(ConsentPurpose.NEWSLETTER, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 6, 1)))));
		assertThat(consents.mayContact(person, ConsentPurpose.NEWSLETTER, LocalDate.of(2026, 2, 28))).isFalse();
		assertThat(consents.mayContact(person, ConsentPurpose.NEWSLETTER, LocalDate.of(2026, 3, 1))).isTrue();
		assertThat(consents.mayContact(person, ConsentPurpose.NEWSLETTER, LocalDate.of(2026, 6, 1))).isFalse();
		assertThat(consents.mayContact(person, ConsentPurpose.SURVEYS, LocalDate.of(2026, 4, 1))).isFalse();
	}
}
