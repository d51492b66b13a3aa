package org.regiolab.surveys;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A survey as its pages and the API show it.
 * @param ownerName the alliance's or the lab's name
 * @param openLink the token of the public link, if the survey has one
 * @param responses how many responses were submitted
 */
@NamedInterface("api")
public record Survey(UUID id, SurveyData data, @Nullable String ownerName, @Nullable String openLink, int invitations,
		int responses) {

	/** Whether answers are taken on the day. */
	public boolean isOpenOn(LocalDate day) {
		return SurveyDates.isOpen(data.opensOn(), data.closesOn(), day);
	}

	public boolean hasAnswers() {
		return responses > 0;
	}
}
