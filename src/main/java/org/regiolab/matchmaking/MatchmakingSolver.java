package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Schedules the meetings of a problem and proves how close the schedule comes to the best: plain
 * Java, no framework, the same schedule and bound for the same problem and seed on any machine
 * and under any load, because every search step is bounded by a count of work, not by time.
 *
 * <p>The schedule is the better of two, each improved by {@link LocalSearch}: the pairs filled in
 * by weight ({@link RoundFill}), and, where the problem is small enough for it to be quick, the
 * round-by-round greedy of exact maximum-weight matchings ({@link GreedyScheduler}), so that the
 * answer is never below that greedy there. The bound comes from {@link LagrangianBound}.
 */
public final class MatchmakingSolver {

	/** Up to this many pairs times rounds, the exact greedy is part of every solve (it is quick there). */
	static final int EXACT_GREEDY_SIZE = 30_000;

	/** Up to this many people, an exhaustive search tries to prove the schedule optimal. */
	static final int TINY = 12;

	/**
	 * Rounds tried by each local search at effort 1 (see {@link LocalSearch}); small problems
	 * usually stop earlier, when a pass finds nothing. With {@link #BOUND_WORK}, calibrated so that
	 * effort 1 takes about as long as the former time budget of 1.2 s at 2,000 people × 12 rounds
	 * on the two cores of docs/benchmarks.md, and reaches as much.
	 */
	static final long SEARCH_WORK = 210_000;

	/**
	 * Pair-round evaluations of each of the two runs of bound steps at effort 1 (see
	 * {@link LagrangianBound#minimise}); small problems stop earlier, when the steps vanish.
	 */
	static final long BOUND_WORK = 63_000_000;

	private final double effort;

	/**
	 * @param effort how much search to spend: 1 is the default, 1.1–1.4 s for 2,000 people and
	 *        12 rounds on two cores; the work, and so the result, does not depend on the machine
	 */
	public MatchmakingSolver(double effort) {
		if (!(effort > 0)) {
			throw new IllegalArgumentException("effort must be positive: " + effort);
		}
		this.effort = effort;
	}

	public MatchmakingSolver() {
		this(1);
	}

	/**
	 * With pins, the schedule keeps them and the solver schedules the rest around them
	 * ({@link PinnedMeetings}); the bound is then the best any schedule with those pins can reach.
	 *
	 * @throws IllegalArgumentException for unknown or repeated ids, negative weights, fewer
	 *         than one round, or pins that contradict each other or the rounds and tables
	 */
	public Schedule solve(MatchmakingProblem problem) {
		if (problem.pins().isEmpty()) {
			return solve(Instance.of(problem), problem);
		}
		long started = System.nanoTime();
		PinnedMeetings pinned = PinnedMeetings.of(problem);
		MatchmakingProblem free = pinned.freeProblem();
		Schedule rest = solve(Instance.of(free, pinned.freeTables()), free);
		return pinned.merge(rest, (System.nanoTime() - started) / 1_000_000);
	}

	private Schedule solve(Instance instance, MatchmakingProblem problem) {
		long started = System.nanoTime();
		Random random = new Random(problem.seed());
		long searchWork = Math.round(SEARCH_WORK * effort);
		long boundWork = Math.round(BOUND_WORK * effort);

		Timetable best = RoundFill.schedule(instance, random.nextLong());
		LocalSearch.improve(best, searchWork, new Random(random.nextLong()));
		LagrangianBound lagrangian = new LagrangianBound(instance);
		lagrangian.start(best);
		lagrangian.minimise(best.exactTotal(), boundWork);
		// the relaxation knows which pairs belong together: fill them in in that order
		Timetable guided = RoundFill.schedule(instance, lagrangian.reducedWeights(), random.nextLong());
		LocalSearch.improve(guided, searchWork, new Random(random.nextLong()));
		if (guided.exactTotal() > best.exactTotal()) {
			best = guided;
		}
		double greedyWeight = 0;
		if (instance.edges() * (long) instance.rounds <= EXACT_GREEDY_SIZE) {
			Timetable greedy = GreedyScheduler.schedule(instance);
			greedyWeight = greedy.exactTotal();
			LocalSearch.improve(greedy, searchWork, new Random(random.nextLong()));
			if (greedy.exactTotal() > best.exactTotal()) {
				best = greedy;
			}
		}
		if (instance.people <= TINY) {
			best = ExhaustiveSearch.improve(best);
		}
		double bound = lagrangian.minimise(best.exactTotal(), boundWork);
		Triples triples = problem.allowTriples() ? Triples.seat(best) : Triples.none(instance);
		double total = best.exactTotal() + triples.weight();
		double upperBound = Math.max(bound + triples.bound(), total);
		return answer(best, triples, total, upperBound, greedyWeight, started);
	}

	private static Schedule answer(Timetable timetable, Triples triples, double total, double upperBound, double greedyWeight,
			long started) {
		Instance instance = timetable.instance;
		int[] meetings = new int[instance.people];
		double[] weights = new double[instance.people];
		List<Schedule.Round> rounds = new ArrayList<>();
		for (int round = 0; round < instance.rounds; round++) {
			List<int[]> groups = new ArrayList<>();
			for (int v = 0; v < instance.people; v++) {
				int edge = timetable.meetingAt(round, v);
				if (edge >= 0 && instance.from[edge] == v) {
					int third = triples.thirdOf(round, edge);
					groups.add(third < 0 ? new int[] { instance.from[edge], instance.to[edge] }
							: new int[] { instance.from[edge], instance.to[edge], third });
				}
			}
			groups.sort(Comparator.comparingDouble((int[] group) -> -weightOf(instance, group)));
			List<Schedule.Meeting> list = new ArrayList<>();
			for (int[] group : groups) {
				double weight = weightOf(instance, group);
				List<String> ids = new ArrayList<>();
				for (int person : group) {
					ids.add(instance.ids.get(person));
					meetings[person]++;
					weights[person] += weightOf(instance, group, person);
				}
				list.add(new Schedule.Meeting(ids, list.size() + 1, weight));
			}
			rounds.add(new Schedule.Round(round + 1, list));
		}
		Map<String, Schedule.ParticipantScore> perParticipant = new LinkedHashMap<>();
		for (int v = 0; v < instance.people; v++) {
			perParticipant.put(instance.ids.get(v), new Schedule.ParticipantScore(meetings[v], weights[v]));
		}
		long millis = (System.nanoTime() - started) / 1_000_000;
		return new Schedule(rounds, total, upperBound, greedyWeight, perParticipant, millis);
	}

	/** The weight of a group: the sum over its pairs. */
	private static double weightOf(Instance instance, int[] group) {
		double sum = 0;
		for (int i = 0; i < group.length; i++) {
			for (int j = i + 1; j < group.length; j++) {
				sum += instance.pairWeight(group[i], group[j]);
			}
		}
		return sum;
	}

	/** What a group gives one of its members: the weights of the member's pairs in it. */
	private static double weightOf(Instance instance, int[] group, int person) {
		double sum = 0;
		for (int other : group) {
			if (other != person) {
				sum += instance.pairWeight(person, other);
			}
		}
		return sum;
	}
}
