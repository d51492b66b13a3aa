package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regiolab.matchmaking.MatchmakingProblem.PairWeight;
import org.regiolab.matchmaking.MatchmakingProblem.Participant;
import org.regiolab.matchmaking.MatchmakingProblem.Pin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/** The solver keeps pinned meetings where they are and schedules the rest around them. */
class PinnedMeetingsTest {

	private final MatchmakingSolver solver = new MatchmakingSolver(0.125);

	static LongStream seeds() {
		return LongStream.range(0, 30);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void pinnedMeetingsStayAtTheirTableInTheirRoundAndTheRestKeepsEveryRule(long seed) {
		MatchmakingProblem problem = MatchmakingSolverTest.randomProblem(seed);
		List<Pin> pins = everyOtherPair(solver.solve(problem));

		Schedule schedule = solver.solve(withPins(problem, pins));

		for (Pin pin : pins) {
			assertThat(schedule.rounds().get(pin.round() - 1).meetings())
				.anySatisfy(meeting -> {
					assertThat(meeting.participants()).containsExactlyInAnyOrderElementsOf(pin.participants());
					assertThat(meeting.table()).isEqualTo(pin.table());
				});
		}
		// the pins come from a schedule of the problem, so every rule of the problem still holds
		ScheduleRules.assertKept(problem, schedule);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void withPinsSmallProblemsReachTheBestScheduleThatKeepsThem(long seed) {
		java.util.Random random = new java.util.Random(seed);
		MatchmakingProblem problem = GeneratedProblems.of(4 + random.nextInt(7), 2 + random.nextInt(2))
			.pairsPerPerson(2 + random.nextInt(4))
			.build(seed);
		// the lightest pair of the problem, in round 1: a choice the solver would not make itself
		PairWeight lightest = problem.weights().stream().min(java.util.Comparator.comparingDouble(PairWeight::weight)).orElseThrow();
		MatchmakingProblem pinned = withPins(problem, List.of(new Pin(1, List.of(lightest.a(), lightest.b()), null)));

		Schedule schedule = solver.solve(pinned);

		double rest = new MatchmakingSolverTest.BruteForce(PinnedMeetings.of(pinned).freeProblem()).optimum();
		assertThat(schedule.totalWeight()).isCloseTo(ScheduleRules.weight(problem, lightest.a(), lightest.b()) + rest,
				within(1e-6));
		assertThat(schedule.upperBound()).isGreaterThanOrEqualTo(schedule.totalWeight() - 1e-9);
	}

	@Test
	void aPinMaySeatAPairOfOneOrganisationOrSomebodyAwayButThePairNeverMeetsAgain() {
		List<Participant> people = List.of(new Participant("anna", "IHK", List.of(1)), new Participant("ben", "IHK", List.of()),
				new Participant("cem", null, List.of()), new Participant("dora", null, List.of()));
		List<PairWeight> weights = List.of(new PairWeight("anna", "ben", 9), new PairWeight("cem", "dora", 5),
				new PairWeight("anna", "cem", 2), new PairWeight("ben", "dora", 2));
		MatchmakingProblem problem = new MatchmakingProblem(2, null, false, people, weights, List.of(), 1,
				List.of(new Pin(1, List.of("anna", "ben"), 2)));

		Schedule schedule = solver.solve(problem);

		assertThat(schedule.rounds().get(0).meetings())
			.containsExactly(new Schedule.Meeting(List.of("cem", "dora"), 1, 5), new Schedule.Meeting(List.of("anna", "ben"), 2, 9));
		assertThat(schedule.rounds().get(1).meetings()).extracting(Schedule.Meeting::participants)
			.noneMatch(group -> group.containsAll(List.of("anna", "ben")))
			.noneMatch(group -> group.containsAll(List.of("cem", "dora")));
		assertThat(schedule.totalWeight()).isEqualTo(18);
		assertThat(schedule.perParticipant().get("anna")).isEqualTo(new Schedule.ParticipantScore(2, 11));
	}

	@Test
	void roundsWhoseTablesArePinnedHoldThePinsOnly() {
		MatchmakingProblem problem = GeneratedProblems.of(12, 3).withTables().build(4);
		List<Pin> pins = new ArrayList<>();
		for (int table = 1; table <= problem.tables(); table++) {
			pins.add(new Pin(2, List.of("p" + (2 * table - 2), "p" + (2 * table - 1)), table));
		}

		Schedule schedule = solver.solve(withPins(problem, pins));

		assertThat(schedule.rounds().get(1).meetings()).extracting(Schedule.Meeting::participants)
			.containsExactlyElementsOf(pins.stream().map(Pin::participants).toList());
		assertThat(schedule.upperBound()).isGreaterThanOrEqualTo(schedule.totalWeight() - 1e-9);
	}

	@Test
	void refusesPinsThatContradictEachOtherTheRoundsOrTheTables() {
		MatchmakingProblem problem = GeneratedProblems.of(8, 2).build(1);
		List<String> ab = List.of("p0", "p1");
		assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(withPins(problem, List.of(new Pin(3, ab, null)))));
		assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(withPins(problem,
				List.of(new Pin(1, ab, null), new Pin(1, List.of("p0", "p2"), null)))));
		assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(withPins(problem,
				List.of(new Pin(1, ab, null), new Pin(2, List.of("p1", "p0"), null)))));
		assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(withPins(problem,
				List.of(new Pin(1, List.of("p0", "p1", "p2"), null)))));
		assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(withPins(problem,
				List.of(new Pin(1, List.of("p0", "zoe"), null)))));
		MatchmakingProblem oneTable = GeneratedProblems.of(8, 2).build(1);
		MatchmakingProblem limited = new MatchmakingProblem(2, 1, false, oneTable.participants(), oneTable.weights(),
				List.of(), 1, List.of(new Pin(1, ab, null), new Pin(1, List.of("p2", "p3"), null)));
		assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(limited));
	}

	/** Every other meeting of two people, with its round and table. */
	private static List<Pin> everyOtherPair(Schedule schedule) {
		List<Pin> pins = new ArrayList<>();
		int i = 0;
		for (Schedule.Round round : schedule.rounds()) {
			for (Schedule.Meeting meeting : round.meetings()) {
				if (meeting.participants().size() == 2 && i++ % 2 == 0) {
					pins.add(new Pin(round.round(), meeting.participants(), meeting.table()));
				}
			}
		}
		assertThat(new HashSet<>(pins)).hasSameSizeAs(pins);
		return pins;
	}

	static MatchmakingProblem withPins(MatchmakingProblem problem, List<Pin> pins) {
		return new MatchmakingProblem(problem.rounds(), problem.tables(), problem.allowTriples(), problem.participants(),
				problem.weights(), problem.forbidden(), problem.seed(), pins);
	}
}
