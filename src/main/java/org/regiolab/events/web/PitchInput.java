package org.regiolab.events.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.events.PitchData;
import org.regiolab.events.Pitches;

/** A pitch as the API and the page's form take it; the organisation from the registry or as free text. */
record PitchInput(@NotNull UUID sessionId, @NotBlank @Size(max = 200) String presenter, @Nullable UUID organizationId,
		@Nullable @Size(max = 300) String organizationName, @NotBlank @Size(max = 300) String title,
		@NotBlank @Size(max = Pitches.MAX_TEXT) String challenge, @NotBlank @Size(max = Pitches.MAX_TEXT) String solution,
		@NotBlank @Size(max = Pitches.MAX_TEXT) String measure) {

	static PitchInput empty() {
		return new PitchInput(null, "", null, "", "", "", "", "");
	}

	PitchData toData() {
		return new PitchData(sessionId, presenter, organizationId, organizationName, title, challenge, solution, measure);
	}
}
