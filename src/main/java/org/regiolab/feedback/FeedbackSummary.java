package org.regiolab.feedback;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the visible feedback of a scope says; hidden feedback counts nowhere.
 * @param ratingHistogram how many gave each rating, for every rating from 1 to 5
 * @param averageRating the mean rating, none without feedback
 * @param questions the answers to the stations' own questions
 * @param themes the recurring themes of the free texts, the most frequent first
 * @param tags how often the lab team tagged feedback with each theme
 */
public record FeedbackSummary(long count, Map<Integer, Long> ratingHistogram, @Nullable Double averageRating,
		List<QuestionSummary> questions, List<Theme> themes, Map<String, Long> tags, @Nullable Double usabilityScore) {

	/**
	 * The answers to one question.
	 * @param counts how often each option or scale value was given, in the question's order
	 * @param average the mean of a scale question's answers
	 */
	public record QuestionSummary(String key, String text, QuestionKind kind, Map<String, Long> counts,
			@Nullable Double average) {
	}

	/** The share of all feedback that gave the rating, from 0 to 1. */
	public double share(int rating) {
		return count == 0 ? 0 : (double) ratingHistogram.getOrDefault(rating, 0L) / count;
	}
}
