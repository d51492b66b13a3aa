package org.regiolab.matchmaking.web;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.regiolab.accounts.Roles;
import org.regiolab.matchmaking.MatchProfiles;
import org.regiolab.matchmaking.MatchProfiles.ParticipantProfile;
import org.regiolab.matchmaking.MatchProfiles.ProfileData;
import org.regiolab.matchmaking.SchedulePlans;
import org.regiolab.matchmaking.SpeedDatingParticipants;
import org.regiolab.matchmaking.SpeedDatingSchedules;
import org.regiolab.matchmaking.SpeedDatings;
import org.regiolab.matchmaking.web.SpeedDatingJson.Draft;
import org.regiolab.matchmaking.web.SpeedDatingJson.Personal;
import org.regiolab.matchmaking.web.SpeedDatingJson.Profile;
import org.regiolab.matchmaking.web.SpeedDatingJson.ProfileInput;
import org.regiolab.matchmaking.web.SpeedDatingJson.ReplanInput;
import org.regiolab.matchmaking.web.SpeedDatingJson.SettingsInput;
import org.regiolab.matchmaking.web.SpeedDatingJson.SpeedDatingState;
import org.regiolab.platform.NotFoundException;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The speed dating of an event through the API: settings, profiles (each participant their own,
 * organisers everybody's), generating, re-planning and publishing the schedule, and personal
 * schedules. Invalid input answers 422 with the field at fault.
 */
@RestController
@RequestMapping(path = "/api/v1/events/{event}/matchmaking", produces = MediaType.APPLICATION_JSON_VALUE)
class SpeedDatingApiController {

	private final SpeedDatings speedDatings;
	private final MatchProfiles profiles;
	private final SpeedDatingParticipants participants;
	private final SpeedDatingSchedules schedules;
	private final SchedulePlans plans;

	SpeedDatingApiController(SpeedDatings speedDatings, MatchProfiles profiles, SpeedDatingParticipants participants,
			SpeedDatingSchedules schedules, SchedulePlans plans) {
		this.speedDatings = speedDatings;
		this.profiles = profiles;
		this.participants = participants;
		this.schedules = schedules;
		this.plans = plans;
	}

	@Operation(summary = "The speed dating's settings and the state of its schedule",
			description = "404 until an organiser saved settings for the event.")
	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping
	SpeedDatingState get(@PathVariable UUID event) {
		return SpeedDatingState.of(speedDatings.load(event));
	}

	@Operation(summary = "Set up or change the speed dating",
			description = """
					Rounds of `roundMinutes` from `startsAt`, `changeoverMinutes` between rounds and a break of \
					`breakMinutes` after each round in `breakAfter`; at most `tables` meetings per round; with \
					`allowTriples`, somebody who would sit alone joins a meeting. Meetings of rounds that no longer \
					exist leave the draft.""")
	@PreAuthorize(Roles.MAY_EDIT)
	@PutMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	SpeedDatingState put(@PathVariable UUID event, @Valid @RequestBody SettingsInput input) {
		speedDatings.save(event, input.toSettings());
		return SpeedDatingState.of(speedDatings.load(event));
	}

	@Operation(summary = "A participant's profile",
			description = "Offers, needs, topics (`wz:<code>`, `sdg:<number>`) and whom they want to meet or not. "
					+ "Participants read their own (the account's email is the registration's); organisers everybody's.")
	@GetMapping("/profile/{registration}")
	Profile profile(@PathVariable UUID event, @PathVariable UUID registration, Authentication caller) {
		return Profile.of(own(event, registration, caller));
	}

	@Operation(summary = "Change a participant's profile",
			description = """
					Replaces offers, needs, topics and wishes; `meet` and `avoid` are registration ids of other \
					participants. Unknown topics or people, and somebody both to meet and to avoid, answer 422.""")
	@PutMapping(path = "/profile/{registration}", consumes = MediaType.APPLICATION_JSON_VALUE)
	Profile putProfile(@PathVariable UUID event, @PathVariable UUID registration, @Valid @RequestBody ProfileInput input,
			Authentication caller) {
		own(event, registration, caller);
		return Profile.of(profiles.replace(event, registration, new ProfileData(orEmpty(input.offers()),
				orEmpty(input.needs()), orEmpty(input.topics())), new HashSet<>(orEmpty(input.meet())),
				new HashSet<>(orEmpty(input.avoid()))));
	}

	@Operation(summary = "Generate a draft schedule",
			description = """
					Schedules everybody present with the solver and keeps the draft's pinned meetings. The answer \
					has the rounds, the total weight, the proven upper bound (`percentBelowBest`: how far below the \
					best possible the draft may be at most), the good meetings per participant and who has few.""")
	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/schedule")
	Draft generate(@PathVariable UUID event) {
		return Draft.of(schedules.generate(event).plan());
	}

	@Operation(summary = "The draft schedule with its quality figures")
	@PreAuthorize(Roles.MAY_EDIT)
	@GetMapping("/schedule")
	Draft draft(@PathVariable UUID event) {
		return Draft.of(plans.draft(event));
	}

	@Operation(summary = "Re-plan after no-shows",
			description = """
					Marks the people in `absent` as not there (everybody else as present) and plans the rounds from \
					`fromRound` on again without moving anybody present: earlier rounds stay, later meetings keep \
					their people who are present; only who lost their partners gets new ones.""")
	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping(path = "/schedule/replan", consumes = MediaType.APPLICATION_JSON_VALUE)
	Draft replan(@PathVariable UUID event, @Valid @RequestBody ReplanInput input) {
		List<UUID> absent = orEmpty(input.absent());
		participants.all(event).forEach(p -> {
			boolean away = absent.contains(p.registration().id());
			if (away != p.absent()) {
				profiles.setAbsent(event, p.registration().id(), away);
			}
		});
		return Draft.of(schedules.replan(event, input.fromRound()));
	}

	@Operation(summary = "Publish the draft", description = "Participants see it from now on; nobody is mailed.")
	@PreAuthorize(Roles.MAY_EDIT)
	@PostMapping("/schedule/publish")
	SpeedDatingState publish(@PathVariable UUID event) {
		schedules.publish(event, false);
		return SpeedDatingState.of(speedDatings.load(event));
	}

	@Operation(summary = "A participant's published schedule",
			description = "Round, time, table, whom and why; 404 before publication. For the participant and organisers.")
	@GetMapping("/schedule/{registration}")
	Personal personal(@PathVariable UUID event, @PathVariable UUID registration, Authentication caller) {
		own(event, registration, caller);
		return Personal.of(plans.personal(event, registration)
			.orElseThrow(() -> new NotFoundException("Not published")));
	}

	/** The profile, for the participant themselves or an organiser; 404 before 403, as everywhere. */
	private ParticipantProfile own(UUID event, UUID registration, Authentication caller) {
		ParticipantProfile profile = profiles.open(event, registration);
		if (!Roles.mayEdit(caller) && !profile.registration().email().equalsIgnoreCase(caller.getName())) {
			throw new AccessDeniedException("Not your profile");
		}
		return profile;
	}

	private static <T> List<T> orEmpty(List<T> list) {
		return list == null ? List.of() : list;
	}
}
