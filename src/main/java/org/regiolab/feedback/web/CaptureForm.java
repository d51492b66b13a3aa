package org.regiolab.feedback.web;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.FeedbackData;
import org.regiolab.feedback.QuestionKind;
import org.regiolab.feedback.Station;
import org.regiolab.feedback.StationQuestion;

import org.springframework.validation.Errors;

/**
 * The feedback form of a station's capture pages as a browser without JavaScript posts it. Its id
 * is made when the page is shown, so that a second click on the button posts the same feedback
 * again rather than a second one.
 * @see CaptureController
 */
class CaptureForm {

	@NotNull
	private @Nullable UUID id;

	@NotNull
	@Min(1)
	@Max(5)
	private @Nullable Integer rating;

	@Size(max = 5000)
	private @Nullable String works;

	@Size(max = 5000)
	private @Nullable String improvements;

	@Size(max = 5000)
	private @Nullable String ideas;

	/** The station's own questions by key: a choice's text or a scale's number, as the radio buttons post them. */
	private Map<String, String> answers = new LinkedHashMap<>();

	/** A field people never see and bots fill in. */
	private @Nullable String homepage;

	/** Posted from the kiosk, which the answer leads back to. */
	private boolean kiosk;

	static CaptureForm blank(boolean kiosk) {
		CaptureForm form = new CaptureForm();
		form.id = UUID.randomUUID();
		form.kiosk = kiosk;
		return form;
	}

	boolean fromBot() {
		return homepage != null && !homepage.isEmpty();
	}

	/**
	 * The answers as the intake takes them: a choice's text, a scale's number. An answer the page
	 * could not have posted (an unknown question, a scale value that is no number) is rejected on
	 * {@code errors}.
	 */
	Map<String, Object> answers(Station station, Errors errors) {
		Map<String, StationQuestion> questions = new LinkedHashMap<>();
		station.data().questions().forEach(question -> questions.put(question.key(), question));
		Map<String, Object> given = new LinkedHashMap<>();
		answers.forEach((key, answer) -> {
			StationQuestion question = questions.get(key);
			if (question == null) {
				errors.reject("feedback.answer.unknown");
			}
			else if (answer != null && !answer.isBlank()) {
				Object value = question.kind() == QuestionKind.SCALE ? number(answer) : answer;
				if (value == null) {
					errors.rejectValue(answerField(key), "feedback.answer.invalid");
				}
				else {
					given.put(key, value);
				}
			}
		});
		return given;
	}

	FeedbackData toData(Map<String, Object> given, OffsetDateTime capturedAt) {
		return new FeedbackData(id, rating, works, improvements, ideas, given, capturedAt);
	}

	/**
	 * The form field where a refusal of the intake is shown: the field it names, or the id's place
	 * above the form for what the page has no field of (the id itself, the capture time).
	 */
	static String field(String refused) {
		if (refused.startsWith("answers.")) {
			return answerField(refused.substring("answers.".length()));
		}
		return switch (refused) {
			case "rating", "works", "improvements", "ideas" -> refused;
			default -> "id";
		};
	}

	/** The form field of a question's answer, as the template names it. */
	static String answerField(String key) {
		return "answers[" + key + "]";
	}

	private static @Nullable Integer number(String answer) {
		try {
			return Integer.valueOf(answer.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	public @Nullable UUID getId() {
		return id;
	}

	public void setId(@Nullable UUID id) {
		this.id = id;
	}

	public @Nullable Integer getRating() {
		return rating;
	}

	public void setRating(@Nullable Integer rating) {
		this.rating = rating;
	}

	public @Nullable String getWorks() {
		return works;
	}

	public void setWorks(@Nullable String works) {
		this.works = works;
	}

	public @Nullable String getImprovements() {
		return improvements;
	}

	public void setImprovements(@Nullable String improvements) {
		this.improvements = improvements;
	}

	public @Nullable String getIdeas() {
		return ideas;
	}

	public void setIdeas(@Nullable String ideas) {
		this.ideas = ideas;
	}

	public Map<String, String> getAnswers() {
		return answers;
	}

	public void setAnswers(Map<String, String> answers) {
		this.answers = answers;
	}

	public @Nullable String getHomepage() {
		return homepage;
	}

	public void setHomepage(@Nullable String homepage) {
		this.homepage = homepage;
	}

	public boolean isKiosk() {
		return kiosk;
	}

	public void setKiosk(boolean kiosk) {
		this.kiosk = kiosk;
	}
}
