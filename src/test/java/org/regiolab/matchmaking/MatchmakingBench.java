package org.regiolab.matchmaking;

import java.util.Locale;

/**
 * Figures for docs/benchmarks.md: time, total, bound and ratio of the solver and of the
 * round-by-round greedy on generated problems. Not a test (surefire runs only *Test classes);
 * run it as bench/matchmaking.sh does, after {@code ./mvnw test-compile}.
 */
public final class MatchmakingBench {

	private MatchmakingBench() {
	}

	public static void main(String[] args) {
		int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 5;
		// warm-up, so that the figures are of compiled code
		for (int i = 0; i < 3; i++) {
			new MatchmakingSolver().solve(GeneratedProblems.of(2000, 12).build(100 + i));
		}
		System.out.println("| people | rounds | tables, gaps | solver ms (median) | total | upper bound | ratio | greedy ms | greedy total | greedy / bound |");
		System.out.println("|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|");
		for (int people : new int[] { 50, 500, 2000 }) {
			for (int rounds : new int[] { 8, 12 }) {
				for (boolean limited : new boolean[] { false, true }) {
					GeneratedProblems problems = GeneratedProblems.of(people, rounds);
					if (limited) {
						problems.withTables().withGaps();
					}
					MatchmakingProblem problem = problems.build(42);
					long[] times = new long[repeats];
					Schedule schedule = null;
					for (int i = 0; i < repeats; i++) {
						long start = System.nanoTime();
						schedule = new MatchmakingSolver().solve(problem);
						times[i] = (System.nanoTime() - start) / 1_000_000;
					}
					java.util.Arrays.sort(times);
					long start = System.nanoTime();
					double greedy = GreedyScheduler.schedule(Instance.of(problem)).exactTotal();
					long greedyMillis = (System.nanoTime() - start) / 1_000_000;
					System.out.println(String.format(Locale.ROOT, "| %d | %d | %s | %d | %.0f | %.1f | %.4f | %d | %.0f | %.4f |", people, rounds,
							limited ? "yes" : "no", times[repeats / 2], schedule.totalWeight(), schedule.upperBound(), schedule.ratio(),
							greedyMillis, greedy, greedy / schedule.upperBound()));
				}
			}
		}
	}
}
