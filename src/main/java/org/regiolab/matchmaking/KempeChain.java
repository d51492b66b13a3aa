package org.regiolab.matchmaking;

/**
 * The meetings that alternate between rounds a and b starting from a person's meeting in round a.
 * Swapping the rounds of all of them keeps the schedule valid (where everybody on the chain is
 * available in the other round and the tables suffice) and frees the person in round a.
 */
final class KempeChain {

	private static final int LONGEST = 64;

	private final Timetable timetable;
	private final int start;
	private final int a;
	private final int b;

	KempeChain(Timetable timetable, int start, int a, int b) {
		this.timetable = timetable;
		this.start = start;
		this.a = a;
		this.b = b;
	}

	/** Swaps the chain unless it passes through {@code avoid} or cannot move; true if swapped. */
	boolean swapAvoiding(int avoid) {
		Instance instance = timetable.instance;
		int[] chain = new int[LONGEST];
		int length = 0;
		int person = start;
		int round = a;
		int inA = 0;
		while (true) {
			int edge = timetable.meetingAt(round, person);
			if (edge == -1) {
				break;
			}
			if (length == LONGEST) {
				return false;
			}
			int next = instance.other(edge, person);
			int target = round == a ? b : a;
			if (next == avoid || !instance.available(target, instance.from[edge]) || !instance.available(target, instance.to[edge])) {
				return false;
			}
			chain[length++] = edge;
			inA += round == a ? 1 : 0;
			person = next;
			round = target;
		}
		int inB = length - inA;
		// round a loses inA meetings and gains inB, round b the other way round
		if ((inB > inA && !fits(a, inB - inA)) || (inA > inB && !fits(b, inA - inB))) {
			return false;
		}
		int[] rounds = new int[length];
		for (int i = 0; i < length; i++) {
			rounds[i] = timetable.roundOf(chain[i]);
			timetable.remove(chain[i]);
		}
		for (int i = 0; i < length; i++) {
			timetable.place(chain[i], rounds[i] == a ? b : a);
		}
		return true;
	}

	private boolean fits(int round, int more) {
		// more is at most 1 on an alternating chain
		return more <= 0 || timetable.tableLeft(round);
	}
}
