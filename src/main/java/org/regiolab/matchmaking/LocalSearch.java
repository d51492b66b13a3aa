package org.regiolab.matchmaking;

import java.util.Random;

/**
 * Improves a schedule by moves that only ever raise its total: a pair that has not met takes a
 * round from the meetings of its two people there; the people left alone find a new partner in
 * that round, and the displaced pairs another round where both are free. A move is tried on the
 * timetable itself and rolled back unless the total rises.
 */
final class LocalSearch {

	private static final double GAIN = 1e-9;

	private final Instance instance;
	private final Timetable timetable;

	private LocalSearch(Timetable timetable) {
		this.instance = timetable.instance;
		this.timetable = timetable;
	}

	/**
	 * Passes over the unmet pairs until one pass finds nothing or the work is spent. The work is
	 * counted in rounds tried (every unmet pair visited tries each round), not in time, so that
	 * the result does not depend on the machine or its load.
	 */
	static void improve(Timetable timetable, long work, Random random) {
		LocalSearch search = new LocalSearch(timetable);
		int[] order = Edges.byWeight(timetable.instance, random);
		int rounds = timetable.instance.rounds;
		long left = work;
		boolean improved = true;
		while (improved && left > 0) {
			improved = false;
			for (int i = 0; i < order.length && left > 0; i++) {
				if (timetable.roundOf(order[i]) == -1) {
					left -= rounds;
					improved |= search.insert(order[i]);
				}
			}
		}
	}

	/** Puts the pair into the round where that gains most, if any gains. */
	private boolean insert(int edge) {
		int u = instance.from[edge];
		int v = instance.to[edge];
		double before = timetable.total();
		double best = before + GAIN;
		int bestRound = -1;
		for (int round = 0; round < instance.rounds; round++) {
			if (!instance.available(round, u) || !instance.available(round, v)) {
				continue;
			}
			int mu = timetable.meetingAt(round, u);
			int mv = timetable.meetingAt(round, v);
			timetable.mark();
			double after = tryRound(edge, round, mu, mv);
			if (after > best) {
				best = after;
				bestRound = round;
			}
			timetable.rollback();
		}
		if (bestRound < 0) {
			return false;
		}
		tryRound(edge, bestRound, timetable.meetingAt(bestRound, u), timetable.meetingAt(bestRound, v));
		timetable.commit();
		return true;
	}

	/** The total after the move, which stays applied. */
	private double tryRound(int edge, int round, int mu, int mv) {
		if (mu >= 0) {
			timetable.remove(mu);
		}
		if (mv >= 0) {
			timetable.remove(mv);
		}
		if (!timetable.tableLeft(round)) {
			return Double.NEGATIVE_INFINITY;
		}
		timetable.place(edge, round);
		if (mu >= 0) {
			rematch(instance.other(mu, instance.from[edge]), round);
		}
		if (mv >= 0) {
			rematch(instance.other(mv, instance.to[edge]), round);
		}
		if (mu >= 0) {
			placeAnywhere(mu);
		}
		if (mv >= 0) {
			placeAnywhere(mv);
		}
		return timetable.total();
	}

	/** The heaviest new meeting for a person left alone in a round. */
	private void rematch(int person, int round) {
		if (!timetable.free(round, person)) {
			return;
		}
		int best = -1;
		for (int f : instance.incident[person]) {
			if ((best == -1 || instance.weight[f] > instance.weight[best]) && timetable.canPlace(f, round)) {
				best = f;
			}
		}
		if (best >= 0) {
			timetable.place(best, round);
		}
	}

	private void placeAnywhere(int edge) {
		for (int round = 0; round < instance.rounds; round++) {
			if (timetable.canPlace(edge, round)) {
				timetable.place(edge, round);
				return;
			}
		}
	}
}
