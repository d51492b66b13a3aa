package org.regiolab.matchmaking;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;

/** Orders of the pairs that the solvers walk through. */
final class Edges {

	private Edges() {
	}

	/** Heaviest first; pairs of equal weight in an order that the seed decides. */
	static int[] byWeight(Instance instance, Random random) {
		return byKey(instance.weight, random);
	}

	/** Largest key first; equal keys in an order that the seed decides. */
	static int[] byKey(double[] key, Random random) {
		Integer[] order = new Integer[key.length];
		double[] tie = new double[order.length];
		for (int e = 0; e < order.length; e++) {
			order[e] = e;
			tie[e] = random.nextDouble();
		}
		Arrays.sort(order, Comparator.comparingDouble((Integer e) -> -key[e]).thenComparingDouble(e -> tie[e]));
		return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
	}
}
