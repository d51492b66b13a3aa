package org.regiolab.matchmaking;

import java.util.Random;

/**
 * The first schedule of the solver: the pairs in order of weight, each into a round where both
 * are free. Where the two are free in different rounds only, a Kempe chain (the meetings that
 * alternate between those two rounds from one of them) swaps rounds to make room.
 */
final class RoundFill {

	private final Instance instance;
	private final Timetable timetable;
	private final Random random;

	private RoundFill(Instance instance, long seed) {
		this.instance = instance;
		this.timetable = new Timetable(instance);
		this.random = new Random(seed);
	}

	static Timetable schedule(Instance instance, long seed) {
		return schedule(instance, instance.weight, seed);
	}

	/** Fills in the pairs in the order of the given key per pair, largest first. */
	static Timetable schedule(Instance instance, double[] key, long seed) {
		RoundFill fill = new RoundFill(instance, seed);
		for (int edge : Edges.byKey(key, fill.random)) {
			fill.add(edge);
		}
		return fill.timetable;
	}

	/** Tries to give the pair a round; false if none could be found. */
	private boolean add(int edge) {
		int u = instance.from[edge];
		int v = instance.to[edge];
		int rounds = instance.rounds;
		int start = random.nextInt(rounds);
		for (int i = 0; i < rounds; i++) {
			int round = (start + i) % rounds;
			if (timetable.canPlace(edge, round)) {
				timetable.place(edge, round);
				return true;
			}
		}
		for (int i = 0; i < rounds; i++) {
			int a = (start + i) % rounds;
			if (!timetable.free(a, u) || !timetable.tableLeft(a)) {
				continue;
			}
			for (int b = 0; b < rounds; b++) {
				if (b != a && timetable.free(b, v) && instance.available(a, v)
						&& new KempeChain(timetable, v, a, b).swapAvoiding(u)) {
					if (timetable.canPlace(edge, a)) {
						timetable.place(edge, a);
						return true;
					}
				}
			}
		}
		return false;
	}
}
