package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The blossom algorithm finds what trying every matching finds, on random small graphs. */
class MaximumWeightMatchingTest {

	static LongStream seeds() {
		return LongStream.range(0, 400);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void findsTheHeaviestMatching(long seed) {
		Random random = new Random(seed);
		int n = 2 + random.nextInt(11);
		List<int[]> edges = new ArrayList<>();
		double density = 0.3 + random.nextDouble() * 0.7;
		int range = seed % 3 == 0 ? 4 : 1000;
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				if (random.nextDouble() < density) {
					edges.add(new int[] { a, b, random.nextInt(range) });
				}
			}
		}
		int[] from = edges.stream().mapToInt(e -> e[0]).toArray();
		int[] to = edges.stream().mapToInt(e -> e[1]).toArray();
		long[] weight = edges.stream().mapToLong(e -> e[2]).toArray();

		int[] partner = MaximumWeightMatching.solve(n, from, to, weight);

		long total = 0;
		for (int k = 0; k < from.length; k++) {
			if (partner[from[k]] == to[k]) {
				assertThat(partner[to[k]]).isEqualTo(from[k]);
				total += weight[k];
			}
		}
		for (int v = 0; v < n; v++) {
			assertThat(partner[v] == -1 || partner[partner[v]] == v).isTrue();
		}
		assertThat(total).isEqualTo(heaviest(n, from, to, weight, 0, new boolean[n]));
	}

	private static long heaviest(int n, int[] from, int[] to, long[] weight, int person, boolean[] taken) {
		while (person < n && taken[person]) {
			person++;
		}
		if (person == n) {
			return 0;
		}
		taken[person] = true;
		long best = heaviest(n, from, to, weight, person + 1, taken);
		for (int k = 0; k < from.length; k++) {
			int other = from[k] == person ? to[k] : to[k] == person ? from[k] : -1;
			if (other >= 0 && !taken[other]) {
				taken[other] = true;
				best = Math.max(best, weight[k] + heaviest(n, from, to, weight, person + 1, taken));
				taken[other] = false;
			}
		}
		taken[person] = false;
		return best;
	}
}
