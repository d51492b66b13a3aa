package org.regiolab.matchmaking;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Groups of three, where the organiser allows them: in each round at most one person who would
 * sit alone joins a meeting, the one whose two new pairs weigh most (both new, both allowed).
 * Because a round holds at most one group of three, taking its third person out leaves a schedule
 * of pairs; so the bound of pairs plus, per round, the most any one available person could add
 * (their two heaviest pairs) bounds every schedule with groups of three.
 */
final class Triples {

	private final int[] third;
	private final int[] meeting;
	private final double weight;
	private final double bound;

	private Triples(int[] third, int[] meeting, double weight, double bound) {
		this.third = third;
		this.meeting = meeting;
		this.weight = weight;
		this.bound = bound;
	}

	static Triples none(Instance instance) {
		int[] empty = new int[instance.rounds];
		Arrays.fill(empty, -1);
		return new Triples(empty, empty, 0, 0);
	}

	static Triples seat(Timetable timetable) {
		Instance instance = timetable.instance;
		int[] third = new int[instance.rounds];
		int[] meeting = new int[instance.rounds];
		Arrays.fill(third, -1);
		Arrays.fill(meeting, -1);
		Set<Long> met = new HashSet<>();
		double weight = 0;
		double bound = 0;
		for (int round = 0; round < instance.rounds; round++) {
			double bestGain = 0;
			double mostAnyoneAdds = 0;
			for (int c = 0; c < instance.people; c++) {
				if (!instance.available(round, c)) {
					continue;
				}
				mostAnyoneAdds = Math.max(mostAnyoneAdds, twoHeaviest(instance, c));
				if (!timetable.free(round, c)) {
					continue;
				}
				for (int edge : instance.incident[c]) {
					int a = instance.other(edge, c);
					int joined = timetable.meetingAt(round, a);
					if (joined < 0 || timetable.roundOf(edge) >= 0 || met.contains(Instance.key(a, c))) {
						continue;
					}
					int b = instance.other(joined, a);
					double gain = instance.weight[edge] + instance.pairWeight(b, c);
					if (gain > bestGain && instance.mayMeet(b, c) && !metAsPair(timetable, b, c)
							&& !met.contains(Instance.key(b, c))) {
						bestGain = gain;
						third[round] = c;
						meeting[round] = joined;
					}
				}
			}
			if (third[round] >= 0) {
				int c = third[round];
				met.add(Instance.key(c, instance.from[meeting[round]]));
				met.add(Instance.key(c, instance.to[meeting[round]]));
				weight += bestGain;
			}
			bound += mostAnyoneAdds;
		}
		return new Triples(third, meeting, weight, bound);
	}

	/** The third person at the meeting of this edge in this round, or -1. */
	int thirdOf(int round, int edge) {
		return meeting[round] == edge ? third[round] : -1;
	}

	double weight() {
		return weight;
	}

	double bound() {
		return bound;
	}

	private static boolean metAsPair(Timetable timetable, int a, int b) {
		for (int edge : timetable.instance.incident[a]) {
			if (timetable.instance.other(edge, a) == b) {
				return timetable.roundOf(edge) >= 0;
			}
		}
		return false;
	}

	private static double twoHeaviest(Instance instance, int person) {
		double first = 0;
		double second = 0;
		for (int edge : instance.incident[person]) {
			double w = instance.weight[edge];
			if (w > first) {
				second = first;
				first = w;
			}
			else if (w > second) {
				second = w;
			}
		}
		return first + second;
	}
}
