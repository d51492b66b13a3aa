package org.regiolab.events.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.SessionResults;
import org.regiolab.events.SessionResults.SessionResult;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** A session's ambassador and the results and aha moments they record, through the API. */
@RestController
class PitchSessionApiController {

	private final SessionResults sessions;

	PitchSessionApiController(SessionResults sessions) {
		this.sessions = sessions;
	}

	/** What the ambassador records; both texts may be left empty while the session runs. */
	record ResultsInput(@Nullable @Size(max = SessionResults.MAX_TEXT) String results,
			@Nullable @Size(max = SessionResults.MAX_TEXT) String ahaMoments) {
	}

	/** The ambassador's account, by its email address. */
	record AmbassadorInput(@NotBlank @Email @Size(max = 320) String email) {
	}

	/** The session's ambassador, coordinators and administrators; others get 403 from {@link SessionResults}. */
	@PutMapping(path = "/api/v1/events/{id}/sessions/{sessionId}/results", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	SessionResult results(@PathVariable UUID id, @PathVariable UUID sessionId, @Valid @RequestBody ResultsInput input,
			Authentication user) {
		sessions.record(id, sessionId, input.results(), input.ahaMoments(), user);
		return sessions.load(id, sessionId);
	}

	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(path = "/api/v1/events/{id}/sessions/{sessionId}/ambassador", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	SessionResult ambassador(@PathVariable UUID id, @PathVariable UUID sessionId,
			@Valid @RequestBody AmbassadorInput input) {
		sessions.nameAmbassador(id, sessionId, input.email());
		return sessions.load(id, sessionId);
	}
}
