package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

/**
 * Properties of the solver on random problems, each from its own seed so that a failure can be
 * replayed (seeded instances stand in for jqwik, see decision 0010).
 */
class MatchmakingSolverTest {

	private final MatchmakingSolver solver = new MatchmakingSolver(0.125);

	static LongStream seeds() {
		return LongStream.range(0, 60);
	}

	/** Sizes from tiny to a few dozen, every option switched on and off by the seed. */
	static MatchmakingProblem randomProblem(long seed) {
		java.util.Random random = new java.util.Random(seed);
		GeneratedProblems problems = GeneratedProblems.of(4 + random.nextInt(50), 1 + random.nextInt(6))
			.pairsPerPerson(2 + random.nextInt(12));
		if (random.nextBoolean()) {
			problems.withTables();
		}
		if (random.nextBoolean()) {
			problems.withGaps();
		}
		if (random.nextInt(3) == 0) {
			problems.withTriples();
		}
		return problems.build(seed);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void everyScheduleKeepsEveryRuleAndStaysBelowItsBound(long seed) {
		MatchmakingProblem problem = randomProblem(seed);
		ScheduleRules.assertKept(problem, solver.solve(problem));
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theScheduleIsNeverBelowTheRoundByRoundGreedy(long seed) {
		MatchmakingProblem problem = randomProblem(seed);
		double greedy = GreedyScheduler.schedule(Instance.of(problem)).exactTotal();
		Schedule schedule = solver.solve(problem);
		assertThat(schedule.totalWeight()).isGreaterThanOrEqualTo(greedy - 1e-9);
		assertThat(schedule.upperBound()).isGreaterThanOrEqualTo(greedy - 1e-9);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void smallProblemsReachTheOptimumThatTryingEveryScheduleFinds(long seed) {
		java.util.Random random = new java.util.Random(seed);
		GeneratedProblems problems = GeneratedProblems.of(2 + random.nextInt(9), 1 + random.nextInt(3))
			.pairsPerPerson(1 + random.nextInt(5));
		if (random.nextBoolean()) {
			problems.withTables();
		}
		if (random.nextBoolean()) {
			problems.withGaps();
		}
		MatchmakingProblem problem = problems.build(seed);

		Schedule schedule = solver.solve(problem);
		double optimum = new BruteForce(problem).optimum();

		ScheduleRules.assertKept(problem, schedule);
		assertThat(schedule.totalWeight()).isCloseTo(optimum, within(1e-6));
		assertThat(schedule.upperBound()).isGreaterThanOrEqualTo(optimum - 1e-9);
	}

	@Test
	void theSameProblemAndSeedGiveTheSameSchedule() {
		MatchmakingProblem problem = GeneratedProblems.of(30, 4).withGaps().build(7);
		assertThat(solver.solve(problem).rounds()).isEqualTo(solver.solve(problem).rounds());
	}

	/**
	 * A size where the search used to stop at its time budget, so that a busy machine got another
	 * schedule; the second solve shares the cores with a thread that only burns them.
	 */
	@Test
	void theSameProblemAndSeedGiveTheSameScheduleAndBoundOnABusyMachine() throws InterruptedException {
		MatchmakingProblem problem = GeneratedProblems.of(300, 8).withTables().withGaps().build(5);
		Schedule alone = solver.solve(problem);

		AtomicBoolean busy = new AtomicBoolean(true);
		Thread burner = new Thread(() -> {
			while (busy.get()) {
				Thread.onSpinWait();
			}
		});
		burner.start();
		Schedule crowded;
		try {
			crowded = solver.solve(problem);
		}
		finally {
			busy.set(false);
			burner.join();
		}

		assertThat(crowded.rounds()).isEqualTo(alone.rounds());
		assertThat(crowded.totalWeight()).isEqualTo(alone.totalWeight());
		assertThat(crowded.upperBound()).isEqualTo(alone.upperBound());
		assertThat(crowded.perParticipant()).isEqualTo(alone.perParticipant());
	}

	@Test
	void aMidSizedProblemComesWithinHalfAPercentOfItsBound() {
		Schedule schedule = new MatchmakingSolver().solve(GeneratedProblems.of(300, 8).build(3));
		assertThat(schedule.totalWeight()).isGreaterThanOrEqualTo(0.995 * schedule.upperBound());
	}

	@Test
	void refusesUnknownPeopleAndNegativeWeights() {
		List<MatchmakingProblem.Participant> two = List.of(new MatchmakingProblem.Participant("a", null, List.of()),
				new MatchmakingProblem.Participant("b", null, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(new MatchmakingProblem(1, null, false, two,
				List.of(new MatchmakingProblem.PairWeight("a", "c", 1)), List.of(), 0)));
		assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(new MatchmakingProblem(1, null, false, two,
				List.of(new MatchmakingProblem.PairWeight("a", "b", -1)), List.of(), 0)));
		assertThatIllegalArgumentException().isThrownBy(() -> solver.solve(new MatchmakingProblem(0, null, false, two,
				List.of(), List.of(), 0)));
	}

	/**
	 * Every schedule of a small problem, round by round, straight from the problem's rules; a
	 * branch is cut only when even all unmet pairs could not lift it above the best found.
	 */
	static final class BruteForce {

		private final MatchmakingProblem problem;
		private final int n;
		private final double[][] weight;
		private final boolean[][] away;
		private final boolean[][] met;
		private final int tables;
		private double unmet;
		private double best;

		BruteForce(MatchmakingProblem problem) {
			this.problem = problem;
			this.n = problem.participants().size();
			this.weight = new double[n][n];
			this.away = new boolean[problem.rounds() + 1][n];
			this.met = new boolean[n][n];
			this.tables = problem.tables() == null ? Integer.MAX_VALUE : problem.tables();
			List<String> ids = new ArrayList<>();
			problem.participants().forEach(p -> ids.add(p.id()));
			for (int a = 0; a < n; a++) {
				for (int r : problem.participants().get(a).unavailableRounds()) {
					away[r][a] = true;
				}
				for (int b = a + 1; b < n; b++) {
					String x = ids.get(a);
					String y = ids.get(b);
					String organisation = problem.participants().get(a).organization();
					boolean same = organisation != null && organisation.equals(problem.participants().get(b).organization());
					boolean forbidden = problem.forbidden().stream()
						.anyMatch(f -> ScheduleRules.key(f.a(), f.b()).equals(ScheduleRules.key(x, y)));
					double w = same || forbidden ? 0 : ScheduleRules.weight(problem, x, y);
					weight[a][b] = w;
					weight[b][a] = w;
					unmet += w;
				}
			}
		}

		double optimum() {
			seat(1, 0, new boolean[n], 0, 0);
			return best;
		}

		private void seat(int round, int from, boolean[] seated, int used, double total) {
			if (total + unmet <= best) {
				return;
			}
			if (round > problem.rounds()) {
				best = Math.max(best, total);
				return;
			}
			if (from == n) {
				seat(round + 1, 0, new boolean[n], 0, total);
				return;
			}
			if (!seated[from] && !away[round][from] && used < tables) {
				for (int b = from + 1; b < n; b++) {
					double w = weight[from][b];
					if (w > 0 && !seated[b] && !away[round][b] && !met[from][b]) {
						seated[from] = true;
						seated[b] = true;
						met[from][b] = true;
						unmet -= w;
						seat(round, from + 1, seated, used + 1, total + w);
						unmet += w;
						met[from][b] = false;
						seated[from] = false;
						seated[b] = false;
					}
				}
			}
			seat(round, from + 1, seated, used, total);
		}
	}
}
