package org.regiolab.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Secrets keep the format of the links and stored hashes already handed out. */
class SecretTokensTest {

	@Test
	void aDefaultTokenIs43UrlSafeCharacters() {
		assertThat(SecretTokens.newToken()).hasSize(43).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void aPrefixStandsBeforeTheRandomPart() {
		assertThat(SecretTokens.newToken("rl_")).startsWith("rl_").hasSize(3 + 43);
	}

	@Test
	void twentyFourRandomBytesMakeThirtyTwoCharacters() {
		assertThat(SecretTokens.newToken("", 24)).hasSize(32).matches("[A-Za-z0-9_-]+");
	}

	@Test
	void twoTokensDiffer() {
		assertThat(SecretTokens.newToken()).isNotEqualTo(SecretTokens.newToken());
	}

	@Test
	void theHashIsTheSha256InLowerCaseHex() {
		assertThat(SecretTokens.hash("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	}
}
