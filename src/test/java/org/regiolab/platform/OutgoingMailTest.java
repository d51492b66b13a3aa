package org.regiolab.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** A mail that no server would take is refused when it is queued, not retried for ever. */
class OutgoingMailTest {

	@Test
	void takesOneAddressWithOrWithoutAName() {
		assertThatNoException().isThrownBy(() -> new OutgoingMail("erika@example.org", "Hallo", "", null));
		assertThatNoException().isThrownBy(() -> new OutgoingMail("Erika Müller <erika@example.org>", "Hallo", "", "k"));
	}

	@Test
	void refusesSeveralRecipientsAndMalformedAddresses() {
		assertThatIllegalArgumentException().isThrownBy(() -> mailTo("erika@example.org, max@example.org"));
		assertThatIllegalArgumentException().isThrownBy(() -> mailTo("erika at example.org"));
		assertThatIllegalArgumentException().isThrownBy(() -> mailTo(""));
	}

	@Test
	void refusesASubjectThatIsBlankOrMoreThanOneLine() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingMail("erika@example.org", " ", "", null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new OutgoingMail("erika@example.org", "Hallo\r\nBcc: max@example.org", "", null));
	}

	private static OutgoingMail mailTo(String to) {
		return new OutgoingMail(to, "Hallo", "", null);
	}
}
