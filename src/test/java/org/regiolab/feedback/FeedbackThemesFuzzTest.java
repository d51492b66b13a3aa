package org.regiolab.feedback;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Whatever visitors type, the theme finder answers: themes of at least two feedback entries, no
 * more than there are, with quotes taken from what was typed. {@code ./mvnw verify} replays the
 * inputs under {@code FeedbackThemesFuzzTestInputs}; {@code JAZZER_FUZZ=1} searches for new ones.
 */
class FeedbackThemesFuzzTest {

	private static final FeedbackThemes THEMES = new FeedbackThemes();

	@FuzzTest(maxDuration = "20s")
	void findsThemesInAnyTexts(byte[] input) {
		// each line a feedback entry's text, so that the fuzzer controls how often words recur
		String typed = new String(input, StandardCharsets.UTF_8);
		List<FreeText> texts = new ArrayList<>();
		for (String line : typed.split("\n", 200)) {
			texts.add(new FreeText(UUID.nameUUIDFromBytes(line.getBytes(StandardCharsets.UTF_8)), line));
		}
		long entries = texts.stream().map(FreeText::feedback).distinct().count();
		for (Theme theme : THEMES.find(texts, 12, 3)) {
			if (theme.count() < 2 || theme.count() > entries) {
				throw new AssertionError("A theme of " + theme.count() + " among " + entries + " entries: " + theme);
			}
			if (theme.term().isBlank() || theme.examples().stream().anyMatch(example -> !typed.contains(example.strip()))) {
				throw new AssertionError("A theme not made of what was typed: " + theme);
			}
		}
	}
}
