package org.regiolab.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What people typed, tidied before it is stored. */
class TextsTest {

	@Test
	void aNulCharacterIsDroppedBecausePostgresqlRefusesItInText() {
		assertThat(Texts.withoutNul("Zukunfts\0plan")).isEqualTo("Zukunftsplan");
	}

	@Test
	void aTextWithoutNulAndNothingStayAsTheyAre() {
		assertThat(Texts.withoutNul("Zukunftsplan")).isEqualTo("Zukunftsplan");
		assertThat(Texts.withoutNul(null)).isNull();
	}
}
