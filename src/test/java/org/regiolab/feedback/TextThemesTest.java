package org.regiolab.feedback;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Other modules' free texts get their themes as the feedback's do, each text one entry. */
class TextThemesTest {

	private static final List<String> ANSWERS = List.of("Parkplätze in der Innenstadt fehlen", "zu wenige Parkplätze",
			"Parkplatz immer belegt", "Die Beratung war hilfreich", "Mehr Radwege bitte");

	private final TextThemes themes = new TextThemes();

	@Test
	void parkingMentionedThreeTimesIsATheme() {
		Theme parking = themes.of(ANSWERS, 5, 3).get(0);

		assertThat(parking.term()).startsWith("Parkpl");
		assertThat(parking.count()).isEqualTo(3);
		assertThat(parking.examples()).containsExactlyInAnyOrder("Parkplätze in der Innenstadt fehlen",
				"zu wenige Parkplätze", "Parkplatz immer belegt");
	}

	@Test
	void aRemarkMadeOnceIsNoTheme() {
		assertThat(themes.of(ANSWERS, 5, 3)).extracting(Theme::term).noneMatch(term -> term.startsWith("Radweg")
				|| term.startsWith("Beratung"));
	}

	@Test
	void theOrderOfTheTextsDoesNotChangeTheThemes() {
		List<String> reversed = new ArrayList<>(ANSWERS);
		Collections.reverse(reversed);

		assertThat(themes.of(reversed, 5, 3)).isEqualTo(themes.of(ANSWERS, 5, 3));
	}

	@Test
	void blankAndMissingTextsSayNothing() {
		assertThat(themes.of(Arrays.asList("", null, "  "), 5, 3)).isEmpty();
	}
}
