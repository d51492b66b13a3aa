package org.regiolab.platform;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Lines end where Unicode lets them, not after an opening guillemet or inside "Bürger:innen". */
class LineBreaksTest {

	@Test
	void quotedWordsAndGenderedWordsStayWhole() {
		assertThat(pieces("Förderprogramm »Wifi4EU« für Bürger:innen und »Fairtrade-Town«"))
			.containsExactly("Förderprogramm ", "»Wifi4EU« ", "für ", "Bürger:innen ", "und ", "»Fairtrade-", "Town«");
	}

	private static List<String> pieces(String text) {
		LineBreaks breaks = new LineBreaks(Locale.GERMAN);
		breaks.setText(text);
		List<String> pieces = new ArrayList<>();
		int from = 0;
		for (int at = breaks.next(); at != BreakIterator.DONE; at = breaks.next()) {
			pieces.add(text.substring(from, at));
			from = at;
		}
		return pieces;
	}
}
