package org.regiolab.surveys;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.StartPageSection;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The start page shows those who run surveys which ones take answers now, and how many came in. */
@Component
class SurveysRunning implements StartPageSection {

	static final int SHOWN = 5;

	private final Surveys surveys;
	private final Clock clock;

	SurveysRunning(Surveys surveys, Clock clock) {
		this.surveys = surveys;
		this.clock = clock;
	}

	@Override
	public Optional<Content> contentFor(Authentication user) {
		return Roles.mayEdit(user)
				? Optional.of(new Content("surveys/start", "running", Map.of("surveys", surveys.running(LocalDate.now(clock), SHOWN))))
				: Optional.empty();
	}
}
