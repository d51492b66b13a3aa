package org.regiolab.matchmaking;

import java.util.Arrays;

/**
 * Which pair meets in which round, as the solvers change it: nobody twice in a round, no pair
 * twice, only available people, at most the tables of a round. Every change keeps these rules.
 */
final class Timetable {

	final Instance instance;
	/** meetingAt[round * people + person]: the edge of the person's meeting in that round, or -1 */
	private final int[] meetingAt;
	/** roundOf[edge]: the round in which the pair meets, or -1 */
	private final int[] roundOf;
	private final int[] tablesUsed;
	private double total;
	/** changes since the last {@link #mark()}: edge, round and +1 for place or -1 for remove, in threes */
	private final IntStack journal = new IntStack(64);
	private boolean journaling;

	Timetable(Instance instance) {
		this.instance = instance;
		this.meetingAt = new int[instance.rounds * instance.people];
		Arrays.fill(meetingAt, -1);
		this.roundOf = new int[instance.edges()];
		Arrays.fill(roundOf, -1);
		this.tablesUsed = new int[instance.rounds];
	}

	private Timetable(Timetable other) {
		this.instance = other.instance;
		this.meetingAt = other.meetingAt.clone();
		this.roundOf = other.roundOf.clone();
		this.tablesUsed = other.tablesUsed.clone();
		this.total = other.total;
	}

	Timetable copy() {
		return new Timetable(this);
	}

	/** Whether the person is there in that round and has no meeting yet. */
	boolean free(int round, int person) {
		return instance.available(round, person) && meetingAt[round * instance.people + person] == -1;
	}

	int meetingAt(int round, int person) {
		return meetingAt[round * instance.people + person];
	}

	int roundOf(int edge) {
		return roundOf[edge];
	}

	int tablesUsed(int round) {
		return tablesUsed[round];
	}

	boolean tableLeft(int round) {
		return tablesUsed[round] < instance.tables;
	}

	boolean canPlace(int edge, int round) {
		return roundOf[edge] == -1 && tableLeft(round) && free(round, instance.from[edge]) && free(round, instance.to[edge]);
	}

	void place(int edge, int round) {
		if (!canPlace(edge, round)) {
			throw new IllegalStateException("edge " + edge + " cannot meet in round " + round);
		}
		roundOf[edge] = round;
		meetingAt[round * instance.people + instance.from[edge]] = edge;
		meetingAt[round * instance.people + instance.to[edge]] = edge;
		tablesUsed[round]++;
		total += instance.weight[edge];
		record(edge, round, 1);
	}

	void remove(int edge) {
		int round = roundOf[edge];
		roundOf[edge] = -1;
		meetingAt[round * instance.people + instance.from[edge]] = -1;
		meetingAt[round * instance.people + instance.to[edge]] = -1;
		tablesUsed[round]--;
		total -= instance.weight[edge];
		record(edge, round, -1);
	}

	/** Starts a trial; {@link #rollback()} undoes every change since. */
	void mark() {
		journal.clear();
		journaling = true;
	}

	/** Keeps the changes since {@link #mark()}. */
	void commit() {
		journal.clear();
		journaling = false;
	}

	void rollback() {
		journaling = false;
		for (int i = journal.size() - 3; i >= 0; i -= 3) {
			int edge = journal.get(i);
			int round = journal.get(i + 1);
			if (journal.get(i + 2) > 0) {
				remove(edge);
			}
			else {
				place(edge, round);
			}
		}
		journal.clear();
	}

	private void record(int edge, int round, int kind) {
		if (!journaling) {
			return;
		}
		journal.push(edge);
		journal.push(round);
		journal.push(kind);
	}

	double total() {
		return total;
	}

	/** Recomputed from the meetings, free of the rounding that adding and removing collects. */
	double exactTotal() {
		double sum = 0;
		for (int e = 0; e < roundOf.length; e++) {
			if (roundOf[e] >= 0) {
				sum += instance.weight[e];
			}
		}
		return sum;
	}
}
