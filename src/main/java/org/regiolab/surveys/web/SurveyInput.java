package org.regiolab.surveys.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.SurveyData;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.Text;

/**
 * A survey through the API. Without {@code definition} a new survey starts with one empty page and
 * a changed one keeps its questions.
 */
record SurveyInput(@Nullable UUID allianceId, @Nullable UUID labId, @NotNull Text title, @Nullable Text intro,
		@Nullable Text closing, @Nullable Boolean anonymous, @Nullable Boolean openLink, @Nullable LocalDate opensOn,
		@Nullable LocalDate closesOn, @Nullable Integer reminderDays, @Nullable UUID eventId,
		@Nullable SurveyDefinition definition) {

	SurveyData toData(SurveyDefinition current) {
		return new SurveyData(allianceId, labId, title, intro, closing, Boolean.TRUE.equals(anonymous),
				Boolean.TRUE.equals(openLink), opensOn, closesOn, reminderDays, eventId, definition == null ? current : definition);
	}
}
