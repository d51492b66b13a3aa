package org.regiolab.matchmaking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A problem with its participants numbered 0…n-1 and only the pairs that may meet and gain
 * something by it (positive weight, not forbidden, not of one organisation) kept as edges.
 */
final class Instance {

	static final int NO_LIMIT = Integer.MAX_VALUE;

	final List<String> ids;
	final int people;
	final int rounds;
	final int tables;
	final int[] from;
	final int[] to;
	final double[] weight;
	/** available[round * people + person] */
	final boolean[] available;
	/** the edges of every person */
	final int[][] incident;
	private final Set<Long> forbidden;
	/** a number per organisation, -1 for none */
	private final int[] organisation;

	private Instance(List<String> ids, int rounds, int tables, int[] from, int[] to, double[] weight, boolean[] available,
			Set<Long> forbidden, int[] organisation) {
		this.ids = ids;
		this.people = ids.size();
		this.rounds = rounds;
		this.tables = tables;
		this.from = from;
		this.to = to;
		this.weight = weight;
		this.available = available;
		this.forbidden = forbidden;
		this.organisation = organisation;
		int[] degree = new int[people];
		for (int e = 0; e < from.length; e++) {
			degree[from[e]]++;
			degree[to[e]]++;
		}
		incident = new int[people][];
		for (int v = 0; v < people; v++) {
			incident[v] = new int[degree[v]];
			degree[v] = 0;
		}
		for (int e = 0; e < from.length; e++) {
			incident[from[e]][degree[from[e]]++] = e;
			incident[to[e]][degree[to[e]]++] = e;
		}
	}

	/**
	 * @throws IllegalArgumentException for ids unknown or given twice, negative weights, fewer
	 *         than one round or a negative number of tables; callers check input before
	 */
	static Instance of(MatchmakingProblem problem) {
		if (problem.rounds() < 1) {
			throw new IllegalArgumentException("at least one round");
		}
		if (problem.tables() != null && problem.tables() < 0) {
			throw new IllegalArgumentException("a negative number of tables");
		}
		Map<String, Integer> index = new HashMap<>();
		List<String> ids = problem.participants().stream().map(MatchmakingProblem.Participant::id).toList();
		for (String id : ids) {
			if (index.putIfAbsent(id, index.size()) != null) {
				throw new IllegalArgumentException("participant " + id + " twice");
			}
		}
		int n = ids.size();
		boolean[] available = new boolean[problem.rounds() * n];
		java.util.Arrays.fill(available, true);
		for (int v = 0; v < n; v++) {
			for (int round : problem.participants().get(v).unavailableRounds()) {
				if (round >= 1 && round <= problem.rounds()) {
					available[(round - 1) * n + v] = false;
				}
			}
		}
		Set<Long> forbidden = new HashSet<>();
		for (MatchmakingProblem.Pair pair : problem.forbidden()) {
			forbidden.add(key(indexOf(index, pair.a()), indexOf(index, pair.b())));
		}
		Map<String, Integer> organisations = new HashMap<>();
		int[] organisation = new int[n];
		for (int v = 0; v < n; v++) {
			String name = problem.participants().get(v).organization();
			organisation[v] = name == null || name.isBlank() ? -1 : organisations.computeIfAbsent(name, k -> organisations.size());
		}
		// a pair given twice (a,b and b,a) counts with its larger weight
		Map<Long, Double> weights = new LinkedHashMap<>();
		for (MatchmakingProblem.PairWeight pair : problem.weights()) {
			int a = indexOf(index, pair.a());
			int b = indexOf(index, pair.b());
			if (!(pair.weight() >= 0) || Double.isInfinite(pair.weight())) {
				throw new IllegalArgumentException("weight of " + pair.a() + "/" + pair.b() + " is not a finite number >= 0");
			}
			if (a == b) {
				throw new IllegalArgumentException(pair.a() + " paired with themselves");
			}
			weights.merge(key(a, b), pair.weight(), Math::max);
		}
		weights.keySet().removeIf(pair -> forbidden.contains(pair) || sameOrganisation(organisation, (int) (pair >>> 32), (int) (pair & 0xffffffffL)));
		weights.values().removeIf(w -> w <= 0);
		int m = weights.size();
		int[] from = new int[m];
		int[] to = new int[m];
		double[] weight = new double[m];
		int e = 0;
		for (Map.Entry<Long, Double> entry : weights.entrySet()) {
			from[e] = (int) (entry.getKey() >>> 32);
			to[e] = (int) (entry.getKey() & 0xffffffffL);
			weight[e++] = entry.getValue();
		}
		int tables = problem.tables() == null ? NO_LIMIT : problem.tables();
		return new Instance(ids, problem.rounds(), tables, from, to, weight, available, forbidden, organisation);
	}

	boolean available(int round, int person) {
		return available[round * people + person];
	}

	/** Whether the two may meet at all (not forbidden, not of one organisation). */
	boolean mayMeet(int a, int b) {
		return a != b && !sameOrganisation(organisation, a, b) && !forbidden.contains(key(a, b));
	}

	private static boolean sameOrganisation(int[] organisation, int a, int b) {
		return organisation[a] >= 0 && organisation[a] == organisation[b];
	}

	/** The weight of a pair that may meet, 0 for any other pair. */
	double pairWeight(int a, int b) {
		for (int edge : incident[a]) {
			if (other(edge, a) == b) {
				return weight[edge];
			}
		}
		return 0;
	}

	int other(int edge, int person) {
		return from[edge] == person ? to[edge] : from[edge];
	}

	int edges() {
		return from.length;
	}

	static long key(int a, int b) {
		return ((long) Math.min(a, b) << 32) | Math.max(a, b);
	}

	private static int indexOf(Map<String, Integer> index, String id) {
		Integer i = index.get(Objects.requireNonNull(id, "participant id"));
		if (i == null) {
			throw new IllegalArgumentException("unknown participant " + id);
		}
		return i;
	}
}
