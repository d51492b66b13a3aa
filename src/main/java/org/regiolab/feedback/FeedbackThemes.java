package org.regiolab.feedback;

import java.util.List;

/** Placeholder until the theme finder lands. */
final class FeedbackThemes {

	List<Theme> find(List<FreeText> texts, int maxThemes, int maxExamples) {
		return List.of();
	}
}
