package org.regiolab.matchmaking;

/**
 * An upper bound on the total of every schedule: the Lagrangian dual of the time-indexed
 * formulation (x[e,r] ∈ {0,1}: pair e meets in round r) in which the constraints "a person has at
 * most one meeting per round" (multipliers y[v,r] ≥ 0) and "at most T meetings per round"
 * (multipliers μ[r] ≥ 0) are relaxed. For any such multipliers
 *
 * <pre>L(y, μ) = Σ y[v,r] + T·Σ μ[r] + Σ_e max(0, max_r (w[e] − y[u,r] − y[v,r] − μ[r]))</pre>
 *
 * is at least the optimum of the linear relaxation and so of every schedule (weak duality: with
 * λ[e] the inner maximum, (y, λ, μ) is a feasible solution of the relaxation's dual). What
 * remains of the problem after relaxing, "every pair at most once", has integral vertices, so the
 * best multipliers give exactly the value of the linear relaxation. They are sought by projected
 * subgradient steps (Polyak's rule towards the schedule's total); every step's value is a valid
 * bound, the least is kept.
 */
final class LagrangianBound {

	private final Instance instance;
	private final int people;
	private final double[] y;
	private final double[] mu;
	/** per person and round: the subproblem's meetings (then, while shared, their average over rounds) */
	private final double[] meetings;
	private final int[] roundMeetings;
	private final boolean limitedTables;
	private double bestValue = Double.POSITIVE_INFINITY;

	LagrangianBound(Instance instance) {
		this.instance = instance;
		this.people = instance.people;
		this.y = new double[instance.rounds * people];
		this.mu = new double[instance.rounds];
		this.meetings = new double[instance.rounds * people];
		this.roundMeetings = new int[instance.rounds];
		this.limitedTables = instance.limitedTables();
	}

	/**
	 * How much each pair gains beyond what its two people are worth elsewhere, at the best
	 * multipliers so far (w − y[u,r] − y[v,r], at the pair's best round): the pairs of the optimum
	 * of the relaxation have the largest values. Orders the pairs for a second schedule.
	 */
	double[] reducedWeights() {
		double[] reduced = new double[instance.edges()];
		for (int e = 0; e < reduced.length; e++) {
			double best = Double.NEGATIVE_INFINITY;
			for (int round = 0; round < instance.rounds; round++) {
				best = Math.max(best, reduced(e, round));
			}
			reduced[e] = best;
		}
		return reduced;
	}

	/**
	 * First with one multiplier per person for all rounds (y[v,r] = π[v]: far fewer variables, so
	 * the steps converge quickly, and without gaps and table limits the optimum has this form by
	 * symmetry) for two thirds of the work, then with every y[v,r] free, starting from the best
	 * found.
	 *
	 * @param work how much to spend at most, in evaluations of one pair in one round: an
	 *        iteration costs pairs × rounds of them (see {@link #iterationCost()}); the steps stop
	 *        earlier once they become tiny or reach the target
	 */
	double minimise(double target, long work) {
		bestValue = Math.min(bestValue, descend(target, work * 2 / 3, true));
		bestValue = Math.min(bestValue, descend(target, work / 3, false));
		return bestValue;
	}

	/**
	 * With table limits, setting μ ({@link #optimiseTables()}) takes about five times as long as
	 * evaluating L (measured at 500 and 2,000 people), so an iteration counts six evaluations.
	 */
	private long iterationCost() {
		return Math.max(1, (long) instance.edges() * instance.rounds * (limitedTables ? 6 : 1));
	}

	private double descend(double target, long work, boolean shared) {
		long cost = iterationCost();
		double best = Double.POSITIVE_INFINITY;
		double[] bestY = y.clone();
		double[] bestMu = mu.clone();
		double step = 1;
		int sinceBetter = 0;
		// at least one evaluation, so that even no work still returns a bound
		for (long spent = 0; spent == 0 || spent < work && step > 1e-6; spent += cost) {
			if (limitedTables) {
				optimiseTables();
			}
			double value = evaluate();
			if (best == Double.POSITIVE_INFINITY || value < best - 1e-12 * Math.abs(best)) {
				best = value;
				System.arraycopy(y, 0, bestY, 0, y.length);
				System.arraycopy(mu, 0, bestMu, 0, mu.length);
				sinceBetter = 0;
			}
			else if (++sinceBetter >= 10) {
				step /= 2;
				sinceBetter = 0;
				// restart from the best point with the shorter step
				System.arraycopy(bestY, 0, y, 0, y.length);
				System.arraycopy(bestMu, 0, mu, 0, mu.length);
				continue;
			}
			if (best - target <= 1e-9 * Math.max(1, target)) {
				break;
			}
			if (shared) {
				shareAcrossRounds();
			}
			move(step * (value - target));
		}
		System.arraycopy(bestY, 0, y, 0, y.length);
		System.arraycopy(bestMu, 0, mu, 0, mu.length);
		return best;
	}

	/**
	 * Turns the counts into the subgradient of π: every round of a person gets the person's
	 * average, so that the step keeps y[v,r] equal across rounds.
	 */
	private void shareAcrossRounds() {
		for (int v = 0; v < people; v++) {
			double sum = 0;
			double ySum = 0;
			int available = 0;
			for (int round = 0; round < instance.rounds; round++) {
				int i = round * people + v;
				if (instance.available[i]) {
					sum += meetings[i];
					ySum += y[i];
					available++;
				}
			}
			for (int round = 0; available > 0 && round < instance.rounds; round++) {
				int i = round * people + v;
				if (instance.available[i]) {
					meetings[i] = sum / available;
					y[i] = ySum / available;
				}
			}
		}
	}

	/**
	 * Multipliers that complementary slackness suggests for the schedule: a full round's table is
	 * worth its lightest meeting (μ), and each meeting's remaining weight is split between its two
	 * people (y), so that every scheduled pair is tight.
	 */
	void start(Timetable schedule) {
		for (int round = 0; round < instance.rounds; round++) {
			double lightest = Double.POSITIVE_INFINITY;
			for (int v = 0; v < people; v++) {
				int edge = schedule.meetingAt(round, v);
				if (edge >= 0) {
					lightest = Math.min(lightest, instance.weight[edge]);
				}
			}
			boolean full = limitedTables && !schedule.tableLeft(round);
			mu[round] = full && lightest < Double.POSITIVE_INFINITY ? lightest : 0;
			for (int v = 0; v < people; v++) {
				int edge = schedule.meetingAt(round, v);
				y[round * people + v] = edge < 0 ? 0 : Math.max(0, instance.weight[edge] - mu[round]) / 2;
			}
		}
	}

	/** L(y, μ), with the subproblem's choice counted per person and round for the subgradient. */
	private double evaluate() {
		java.util.Arrays.fill(meetings, 0);
		java.util.Arrays.fill(roundMeetings, 0);
		double value = 0;
		for (int e = 0; e < instance.edges(); e++) {
			int u = instance.from[e];
			int v = instance.to[e];
			double bestReduced = 0;
			int bestRound = -1;
			for (int round = 0; round < instance.rounds; round++) {
				int base = round * people;
				if (!instance.available[base + u] || !instance.available[base + v]) {
					continue;
				}
				double reduced = instance.weight[e] - y[base + u] - y[base + v] - mu[round];
				if (reduced > bestReduced) {
					bestReduced = reduced;
					bestRound = round;
				}
			}
			if (bestRound >= 0) {
				value += bestReduced;
				meetings[bestRound * people + u]++;
				meetings[bestRound * people + v]++;
				roundMeetings[bestRound]++;
			}
		}
		for (int i = 0; i < y.length; i++) {
			if (instance.available[i]) {
				value += y[i];
			}
		}
		if (limitedTables) {
			for (int round = 0; round < mu.length; round++) {
				if (instance.tables[round] != Instance.NO_LIMIT) {
					value += (double) instance.tables[round] * mu[round];
				}
			}
		}
		return value;
	}

	/** A projected subgradient step of Polyak's length {@code gap / |g|²}. */
	private void move(double gap) {
		double norm = 0;
		for (int i = 0; i < y.length; i++) {
			double g = instance.available[i] ? 1 - meetings[i] : 0;
			if (!(y[i] <= 0 && g > 0)) {
				norm += g * g;
			}
		}
		if (norm == 0) {
			return;
		}
		double t = gap / norm;
		for (int i = 0; i < y.length; i++) {
			if (instance.available[i]) {
				y[i] = Math.max(0, y[i] - t * (1 - meetings[i]));
			}
		}
	}

	/**
	 * Sets every μ[r] to its best value for the current y (the table multipliers are not stepped:
	 * their subgradients are in the hundreds and would dwarf the steps of y). Round r's part of L
	 * is T·μ[r] plus, for every pair, how far its gain in r beats its best other round; that is
	 * least when μ[r] is the T-th largest such lead (or 0). All rounds use the leads of one
	 * snapshot, which is fine: any μ ≥ 0 gives a valid bound.
	 */
	private void optimiseTables() {
		int m = instance.edges();
		double[] first = new double[m];
		int[] firstRound = new int[m];
		double[] second = new double[m];
		for (int e = 0; e < m; e++) {
			first[e] = 0;
			second[e] = 0;
			firstRound[e] = -1;
			for (int round = 0; round < instance.rounds; round++) {
				double reduced = reduced(e, round);
				if (reduced > first[e]) {
					second[e] = first[e];
					first[e] = reduced;
					firstRound[e] = round;
				}
				else if (reduced > second[e]) {
					second[e] = reduced;
				}
			}
		}
		double[] leads = new double[m];
		double[] next = new double[instance.rounds];
		for (int round = 0; round < instance.rounds; round++) {
			int count = 0;
			for (int e = 0; e < m; e++) {
				double reduced = reduced(e, round);
				if (reduced != Double.NEGATIVE_INFINITY) {
					double other = firstRound[e] == round ? second[e] : first[e];
					double lead = reduced + mu[round] - other;
					if (lead > 0) {
						leads[count++] = lead;
					}
				}
			}
			int tables = instance.tables[round];
			// no table at all (pinned meetings took them): μ above every lead closes the round
			next[round] = count <= tables ? 0 : tables == 0 ? max(leads, count) : Selection.largest(leads, count, tables);
		}
		System.arraycopy(next, 0, mu, 0, mu.length);
	}

	private static double max(double[] values, int count) {
		double max = 0;
		for (int i = 0; i < count; i++) {
			max = Math.max(max, values[i]);
		}
		return max;
	}

	/** w − y[u,r] − y[v,r] − μ[r], or −∞ where one of the two is not there. */
	private double reduced(int e, int round) {
		int base = round * people;
		int u = instance.from[e];
		int v = instance.to[e];
		if (!instance.available[base + u] || !instance.available[base + v]) {
			return Double.NEGATIVE_INFINITY;
		}
		return instance.weight[e] - y[base + u] - y[base + v] - mu[round];
	}
}
