package org.regiolab.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.Theme;
import org.springframework.modulith.NamedInterface;

/**
 * A survey's results as its page, its report and the API show them.
 * @param responses how many submitted responses the filter counts
 * @param suppressed true if an anonymous survey's filter leaves fewer than five responses: then no figure is shown
 * @param days responses submitted per day, for the response rate over time
 */
@NamedInterface("api")
public record SurveyResult(UUID survey, long responses, long invitations, boolean suppressed, ResultFilter filter,
		List<QuestionResult> questions, List<DayCount> days) {

	/** Fewer responses than this in an anonymous survey's breakdown could tell who answered. */
	public static final int SMALLEST_BREAKDOWN = 5;

	/**
	 * The results of one question.
	 * @param answered how many responses answered it
	 * @param options counts per option (choices, yes/no, a scale's steps 0–10, a ranking's options with their mean rank)
	 * @param figures mean, median and range of a scale or number
	 * @param nps the net promoter score of a 0–10 scale: promoters (9–10) minus detractors (0–6) in per cent
	 * @param rows a matrix's counts per row and step
	 * @param sus the System Usability Scale score 0–100, if the question asks its ten items
	 * @param others the texts of "other: …", newest first
	 * @param texts free texts, newest first
	 * @param themes the recurring themes of the free texts
	 */
	public record QuestionResult(String key, QuestionType type, String text, long answered, List<OptionCount> options,
			@Nullable ResultFigures figures, @Nullable Integer nps, List<MatrixRow> rows, @Nullable Double sus, List<String> others,
			List<String> texts, List<Theme> themes) {
	}

	/**
	 * @param share of the responses that answered the question, 0–1; a multiple choice's shares add up to more than 1
	 * @param meanRank a ranking's mean rank of the option (1 is best)
	 */
	public record OptionCount(String label, long count, double share, @Nullable Double meanRank) {
	}

	public record ResultFigures(double mean, double median, BigDecimal min, BigDecimal max) {
	}

	/** @param counts per step of the scale; @param mean the mean step, counted from 1 */
	public record MatrixRow(String label, List<Long> counts, @Nullable Double mean) {
	}

	public record DayCount(LocalDate day, long responses) {
	}
}
