package org.regiolab.surveys;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What an office writes of a survey.
 * @param alliance the alliance it belongs to; exactly one of alliance and lab
 * @param lab the lab it belongs to
 * @param anonymous whether answers are kept without any link to the invitation that brought them
 * @param openLink whether anyone with the survey's public link may answer, once per device
 * @param reminderDays how many days before the closing date those invited who have not answered are reminded
 * @param event a post-event evaluation: mailed the day after the event to everyone checked in
 */
@NamedInterface("api")
public record SurveyData(@Nullable UUID alliance, @Nullable UUID lab, Text title, @Nullable Text intro,
		@Nullable Text closing, boolean anonymous, boolean openLink, @Nullable LocalDate opensOn,
		@Nullable LocalDate closesOn, @Nullable Integer reminderDays, @Nullable UUID event, SurveyDefinition definition) {

	public SurveyData {
		intro = intro == null || intro.isBlank() ? null : intro;
		closing = closing == null || closing.isBlank() ? null : closing;
		definition = definition == null ? SurveyDefinition.empty() : definition;
	}

	/** The same survey with other questions. */
	public SurveyData with(SurveyDefinition questions) {
		return new SurveyData(alliance, lab, title, intro, closing, anonymous, openLink, opensOn, closesOn, reminderDays,
				event, questions);
	}
}
