package org.regiolab.feedback;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The recurring themes of other modules' free texts (a survey's answers, comments), found as the
 * feedback's themes are: German and English words stemmed, plurals and compounds met, words that occur
 * together grouped (decision 12). Each text counts as one entry; a theme needs at least two. The same
 * texts in any order give the same themes. Thread-safe.
 */
@NamedInterface("api")
@Component
public class TextThemes {

	private final FeedbackThemes themes = new FeedbackThemes();

	/**
	 * The themes of the texts, the most mentioned first, ties by label; at most {@code maxThemes}, each
	 * with at most {@code maxExamples} quotes. Blank or {@code null} texts say nothing.
	 * @throws IllegalArgumentException when {@code maxExamples} is negative
	 */
	public List<Theme> of(List<String> texts, int maxThemes, int maxExamples) {
		// an entry's id only tells entries apart, so the position serves and the result stays the same
		List<FreeText> entries = IntStream.range(0, texts.size())
			.mapToObj(i -> new FreeText(new UUID(0, i), texts.get(i)))
			.toList();
		return themes.find(entries, maxThemes, maxExamples);
	}
}
