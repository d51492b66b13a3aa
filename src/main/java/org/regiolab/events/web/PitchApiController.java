package org.regiolab.events.web;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;
import org.regiolab.events.CreativeLab;
import org.regiolab.events.Pitch;
import org.regiolab.events.Pitches;
import org.regiolab.events.SessionResults;
import org.regiolab.platform.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Pitches of an event's sessions through the API: every signed-in user submits and reads them. */
@RestController
class PitchApiController {

	private final Pitches pitches;
	private final SessionResults sessions;

	PitchApiController(Pitches pitches, SessionResults sessions) {
		this.pitches = pitches;
		this.sessions = sessions;
	}

	/** A pitch as the API answers it; {@code editable} tells the caller whether they may change it. */
	record PitchJson(UUID id, UUID sessionId, String presenter, @Nullable UUID organizationId,
			@Nullable String organizationName, String title, String challenge, String solution, String measure,
			boolean editable, Instant submittedAt) {

		static PitchJson of(Pitch pitch, boolean editable) {
			return new PitchJson(pitch.id(), pitch.data().session(), pitch.data().presenter(), pitch.data().organisation(),
					pitch.organisationLabel(), pitch.data().title(), pitch.data().challenge(), pitch.data().solution(),
					pitch.data().measure(), editable, pitch.submittedAt());
		}
	}

	/** A session with its ambassador, results and pitches. */
	record SessionJson(UUID sessionId, String title, @Nullable String track, @Nullable String room, OffsetDateTime startsAt,
			@Nullable String ambassador, @Nullable String results, @Nullable String ahaMoments, List<PitchJson> pitches) {
	}

	@PostMapping(path = "/api/v1/events/{id}/pitches", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<PitchJson> submit(@PathVariable UUID id, @Valid @RequestBody PitchInput input, Authentication user) {
		UUID pitch = pitches.submit(id, input.toData(), user);
		return ResponseEntity.created(URI.create("/api/v1/events/" + id + "/pitches/" + pitch)).body(get(id, pitch, user));
	}

	/** The event's sessions in programme order, each with its pitches; only one session with {@code sessionId}. */
	@GetMapping(path = "/api/v1/events/{id}/pitches", produces = MediaType.APPLICATION_JSON_VALUE)
	List<SessionJson> list(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID sessionId,
			Authentication user) {
		return CreativeLab.group(sessions.ofEvent(id), pitches.ofEvent(id)).stream()
			.filter(lab -> sessionId == null || lab.session().session().equals(sessionId))
			.map(lab -> new SessionJson(lab.session().session(), lab.session().title(), lab.session().track(),
					lab.session().room(), lab.session().startsAt(), lab.session().ambassador(), lab.session().results(),
					lab.session().ahaMoments(),
					lab.pitches().stream().map(p -> PitchJson.of(p, pitches.mayEdit(p, user))).toList()))
			.toList();
	}

	@GetMapping(path = "/api/v1/events/{id}/pitches/{pitchId}", produces = MediaType.APPLICATION_JSON_VALUE)
	PitchJson get(@PathVariable UUID id, @PathVariable UUID pitchId, Authentication user) {
		Pitch pitch = pitches.load(pitchId);
		if (!pitch.event().equals(id)) {
			throw new NotFoundException("No pitch " + pitchId + " in event " + id);
		}
		return PitchJson.of(pitch, pitches.mayEdit(pitch, user));
	}

	/** The submitter, coordinators and administrators change a pitch; others get 403. */
	@PutMapping(path = "/api/v1/events/{id}/pitches/{pitchId}", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	PitchJson update(@PathVariable UUID id, @PathVariable UUID pitchId, @Valid @RequestBody PitchInput input,
			Authentication user) {
		get(id, pitchId, user);
		pitches.update(pitchId, input.toData(), user);
		return get(id, pitchId, user);
	}
}
