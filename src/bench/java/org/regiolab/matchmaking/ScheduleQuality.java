package org.regiolab.matchmaking;

import java.util.Locale;

/**
 * What the solver's and the greedy's schedules reach on the problems of {@link MatchmakingBenchmark},
 * beside the upper bound: the figures JMH does not measure. Run by bench/matchmaking.sh.
 */
public final class ScheduleQuality {

	private ScheduleQuality() {
	}

	public static void main(String[] args) {
		System.out.println("| people | rounds | tables, gaps | total | upper bound | ratio | greedy total | greedy / bound |");
		System.out.println("|---:|---:|---|---:|---:|---:|---:|---:|");
		for (int people : new int[] { 50, 500, 2000 }) {
			for (int rounds : new int[] { 8, 12 }) {
				for (boolean limited : new boolean[] { false, true }) {
					MatchmakingProblem problem = MatchmakingBenchmark.problem(people, rounds, limited);
					Schedule schedule = new MatchmakingSolver().solve(problem);
					double greedy = GreedyScheduler.schedule(Instance.of(problem)).exactTotal();
					System.out.println(String.format(Locale.ROOT, "| %d | %d | %s | %.0f | %.1f | %.4f | %.0f | %.4f |", people,
							rounds, limited ? "yes" : "no", schedule.totalWeight(), schedule.upperBound(), schedule.ratio(), greedy,
							greedy / schedule.upperBound()));
				}
			}
		}
	}
}
