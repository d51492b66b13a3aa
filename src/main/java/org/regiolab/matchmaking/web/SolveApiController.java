package org.regiolab.matchmaking.web;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import org.regiolab.accounts.Roles;
import org.regiolab.matchmaking.MatchmakingSolver;
import org.regiolab.matchmaking.Schedule;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Solves speed-dating schedules for coordinators and administrators. */
@RestController
@PreAuthorize(Roles.MAY_EDIT)
class SolveApiController {

	private final MatchmakingSolver solver = new MatchmakingSolver();

	/** The answer: the rounds with their meetings, the total, the proven bound and the figures per person. */
	record SolveResponse(List<Schedule.Round> rounds, double totalWeight, double upperBound,
			Map<String, Schedule.ParticipantScore> perParticipant, long millis) {
	}

	@Operation(summary = "Schedule one-to-one meetings over rounds",
			description = """
					Finds meetings for every round (nobody twice in a round, no pair twice, no forbidden pair and no \
					pair of one organisation, at most `tables` meetings per round, nobody in a round they are away) \
					that weigh as much as possible, and proves how close it comes: no schedule can weigh more than \
					`upperBound` (the Lagrangian dual of the linear relaxation). With `allowTriples`, one person per \
					round who would sit alone may join a meeting. Unknown ids, negative weights and fewer than one \
					round answer 422.""")
	@PostMapping(path = "/api/v1/matchmaking/solve", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	SolveResponse solve(@Valid @RequestBody SolveRequest request) {
		Schedule schedule = solver.solve(request.toProblem());
		return new SolveResponse(schedule.rounds(), schedule.totalWeight(), schedule.upperBound(), schedule.perParticipant(),
				schedule.millis());
	}
}
