package org.regiolab.matchmaking;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Schedules the meetings of a problem and proves how close the schedule comes to the best: plain
 * Java, no framework, the same schedule for the same problem and seed (as long as the time budget
 * is not what stops the search).
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

	private final Duration budget;

	/** @param budget how long a solve may take at most, about; the bound takes the last third */
	public MatchmakingSolver(Duration budget) {
		this.budget = budget;
	}

	public MatchmakingSolver() {
		this(Duration.ofMillis(1200));
	}

	/**
	 * @throws IllegalArgumentException for unknown or repeated ids, negative weights or fewer
	 *         than one round
	 */
	public Schedule solve(MatchmakingProblem problem) {
		long started = System.nanoTime();
		long end = started + budget.toNanos();
		Instance instance = Instance.of(problem);
		Random random = new Random(problem.seed());
		long searchEnd = started + budget.toNanos() * 2 / 3;

		long firstEnd = started + budget.toNanos() / 4;
		Timetable best = RoundFill.schedule(instance, random.nextLong());
		LocalSearch.improve(best, firstEnd, new Random(random.nextLong()));
		LagrangianBound lagrangian = new LagrangianBound(instance);
		lagrangian.start(best);
		lagrangian.minimise(best.exactTotal(), started + budget.toNanos() / 2);
		// the relaxation knows which pairs belong together: fill them in in that order
		Timetable guided = RoundFill.schedule(instance, lagrangian.reducedWeights(), random.nextLong());
		LocalSearch.improve(guided, searchEnd, new Random(random.nextLong()));
		if (guided.exactTotal() > best.exactTotal()) {
			best = guided;
		}
		double greedyWeight = 0;
		if (instance.edges() * (long) instance.rounds <= EXACT_GREEDY_SIZE) {
			Timetable greedy = GreedyScheduler.schedule(instance);
			greedyWeight = greedy.exactTotal();
			LocalSearch.improve(greedy, Math.max(searchEnd, System.nanoTime() + budget.toNanos() / 10), new Random(random.nextLong()));
			if (greedy.exactTotal() > best.exactTotal()) {
				best = greedy;
			}
		}
		if (instance.people <= TINY) {
			best = ExhaustiveSearch.improve(best);
		}
		double bound = lagrangian.minimise(best.exactTotal(), end);
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
