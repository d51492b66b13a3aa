package org.regiolab.matchmaking;

/**
 * The exact optimum of a tiny problem (a dozen people, a few rounds): every matching of every
 * round, pruned by the weight of the pairs still unmet. Gives up after a fixed number of steps.
 */
final class ExhaustiveSearch {

	private static final long STEPS = 2_000_000;

	private final Instance instance;
	private final Timetable timetable;
	private Timetable best;
	private double bestTotal;
	private double unmet;
	private long steps;

	private ExhaustiveSearch(Instance instance, Timetable incumbent) {
		this.instance = instance;
		this.timetable = new Timetable(instance);
		this.best = incumbent;
		this.bestTotal = incumbent.exactTotal();
		for (double w : instance.weight) {
			unmet += w;
		}
	}

	/** The optimum, or the incumbent when the search would take too long. */
	static Timetable improve(Timetable incumbent) {
		ExhaustiveSearch search = new ExhaustiveSearch(incumbent.instance, incumbent);
		try {
			search.search(0, 0);
			return search.best;
		}
		catch (TooLong tooLong) {
			return incumbent;
		}
	}

	private void search(int round, int person) {
		if (++steps > STEPS) {
			throw new TooLong();
		}
		if (timetable.total() + unmet <= bestTotal + 1e-9) {
			return;
		}
		if (person == instance.people) {
			if (round + 1 < instance.rounds) {
				search(round + 1, 0);
			}
			else if (timetable.total() > bestTotal + 1e-9) {
				bestTotal = timetable.total();
				best = timetable.copy();
			}
			return;
		}
		if (timetable.free(round, person)) {
			for (int edge : instance.incident[person]) {
				if (instance.other(edge, person) > person && timetable.canPlace(edge, round)) {
					timetable.place(edge, round);
					unmet -= instance.weight[edge];
					search(round, person + 1);
					unmet += instance.weight[edge];
					timetable.remove(edge);
				}
			}
		}
		search(round, person + 1);
	}

	private static final class TooLong extends RuntimeException {

		TooLong() {
			super(null, null, false, false);
		}
	}
}
