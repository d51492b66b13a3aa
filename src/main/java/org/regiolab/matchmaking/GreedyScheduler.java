package org.regiolab.matchmaking;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The baseline: round after round, an exact maximum-weight matching over the pairs that have not
 * met yet. With fewer tables than the matching needs, the round keeps the heaviest meetings of
 * that matching (the exact best matching of at most T pairs can differ; the local search that
 * follows makes up for it).
 */
final class GreedyScheduler {

	/** Weights become integers of this resolution relative to the heaviest pair, for exact comparisons. */
	private static final double RESOLUTION = 1e9;

	private GreedyScheduler() {
	}

	static Timetable schedule(Instance instance) {
		Timetable timetable = new Timetable(instance);
		double heaviest = Arrays.stream(instance.weight).max().orElse(1);
		for (int round = 0; round < instance.rounds; round++) {
			final int r = round;
			int[] candidates = IntStream.range(0, instance.edges())
				.filter(e -> timetable.canPlace(e, r))
				.toArray();
			int[] from = new int[candidates.length];
			int[] to = new int[candidates.length];
			long[] weight = new long[candidates.length];
			for (int i = 0; i < candidates.length; i++) {
				from[i] = instance.from[candidates[i]];
				to[i] = instance.to[candidates[i]];
				weight[i] = Math.round(instance.weight[candidates[i]] / heaviest * RESOLUTION);
			}
			int[] partner = MaximumWeightMatching.solve(instance.people, from, to, weight);
			Integer[] matched = IntStream.range(0, candidates.length)
				.filter(i -> partner[from[i]] == to[i])
				.map(i -> candidates[i])
				.boxed()
				.sorted(Comparator.comparingDouble((Integer e) -> -instance.weight[e]).thenComparing(e -> e))
				.toArray(Integer[]::new);
			for (int i = 0; i < matched.length && timetable.tableLeft(round); i++) {
				timetable.place(matched[i], round);
			}
		}
		return timetable;
	}
}
