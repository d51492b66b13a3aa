package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.regiolab.matchmaking.MatchmakingProblem.Pin;

/**
 * Meetings the schedule must keep, and the problem left around them. A pinned person is away from
 * the free problem in the pin's round, a pinned pair has met (so it is forbidden there), and a
 * pin takes one table of its round. The best schedule with the pins is the pins plus the best
 * schedule of the free problem, so the free problem's bound plus the pins' weight bounds every
 * schedule that keeps the pins; the solver needs no change inside.
 */
final class PinnedMeetings {

	private final MatchmakingProblem problem;
	private final Map<String, Double> weights;

	private PinnedMeetings(MatchmakingProblem problem) {
		this.problem = problem;
		this.weights = new HashMap<>();
		for (MatchmakingProblem.PairWeight pair : problem.weights()) {
			weights.merge(key(pair.a(), pair.b()), pair.weight(), Math::max);
		}
	}

	/** @throws IllegalArgumentException for pins that contradict each other, the rounds or the tables */
	static PinnedMeetings of(MatchmakingProblem problem) {
		Set<String> ids = new HashSet<>();
		problem.participants().forEach(p -> ids.add(p.id()));
		Set<String> seated = new HashSet<>();
		Set<String> pairs = new HashSet<>();
		Set<String> tablesTaken = new HashSet<>();
		int[] perRound = new int[Math.max(problem.rounds(), 0)];
		for (Pin pin : problem.pins()) {
			if (pin.round() < 1 || pin.round() > problem.rounds()) {
				throw new IllegalArgumentException("pin in round " + pin.round() + " of " + problem.rounds());
			}
			int size = pin.participants().size();
			if (size < 2 || size > 3 || size == 3 && !problem.allowTriples()) {
				throw new IllegalArgumentException("a pin of " + size + " people");
			}
			for (int i = 0; i < size; i++) {
				String person = pin.participants().get(i);
				if (!ids.contains(person)) {
					throw new IllegalArgumentException("unknown participant " + person);
				}
				if (!seated.add(pin.round() + "|" + person)) {
					throw new IllegalArgumentException(person + " pinned twice in round " + pin.round());
				}
				for (int j = i + 1; j < size; j++) {
					if (!pairs.add(key(person, pin.participants().get(j)))) {
						throw new IllegalArgumentException(person + " and " + pin.participants().get(j) + " pinned twice");
					}
				}
			}
			if (problem.tables() != null && ++perRound[pin.round() - 1] > problem.tables()) {
				throw new IllegalArgumentException("more pins than tables in round " + pin.round());
			}
			if (pin.table() != null && (pin.table() < 1 || problem.tables() != null && pin.table() > problem.tables()
					|| !tablesTaken.add(pin.round() + "|" + pin.table()))) {
				throw new IllegalArgumentException("table " + pin.table() + " in round " + pin.round());
			}
		}
		return new PinnedMeetings(problem);
	}

	/** The problem without the pins: their people away in their rounds, their pairs met. */
	MatchmakingProblem freeProblem() {
		Map<String, Set<Integer>> away = new HashMap<>();
		List<MatchmakingProblem.Pair> forbidden = new ArrayList<>(problem.forbidden());
		for (Pin pin : problem.pins()) {
			List<String> group = pin.participants();
			for (int i = 0; i < group.size(); i++) {
				away.computeIfAbsent(group.get(i), id -> new TreeSet<>()).add(pin.round());
				for (int j = i + 1; j < group.size(); j++) {
					forbidden.add(new MatchmakingProblem.Pair(group.get(i), group.get(j)));
				}
			}
		}
		List<MatchmakingProblem.Participant> participants = problem.participants().stream().map(p -> {
			Set<Integer> rounds = new TreeSet<>(p.unavailableRounds());
			rounds.addAll(away.getOrDefault(p.id(), Set.of()));
			return new MatchmakingProblem.Participant(p.id(), p.organization(), List.copyOf(rounds));
		}).toList();
		return new MatchmakingProblem(problem.rounds(), problem.tables(), problem.allowTriples(), participants,
				problem.weights(), forbidden, problem.seed());
	}

	/** The tables the pins leave in every round. */
	int[] freeTables() {
		int[] tables = new int[problem.rounds()];
		java.util.Arrays.fill(tables, problem.tables() == null ? Instance.NO_LIMIT : problem.tables());
		if (problem.tables() != null) {
			problem.pins().forEach(pin -> tables[pin.round() - 1]--);
		}
		return tables;
	}

	/**
	 * The pins and the free problem's schedule as one: pins keep their tables, the other meetings
	 * take the free table numbers in their order; totals and bound add the pins' weight.
	 */
	Schedule merge(Schedule free, long millis) {
		double pinned = 0;
		Map<String, int[]> meetings = new LinkedHashMap<>();
		Map<String, double[]> scores = new HashMap<>();
		free.perParticipant().forEach((id, score) -> {
			meetings.put(id, new int[] { score.meetings() });
			scores.put(id, new double[] { score.weight() });
		});
		List<Schedule.Round> rounds = new ArrayList<>();
		for (Schedule.Round round : free.rounds()) {
			List<Pin> pins = problem.pins().stream().filter(pin -> pin.round() == round.round()).toList();
			Set<Integer> taken = new HashSet<>();
			pins.stream().filter(pin -> pin.table() != null).forEach(pin -> taken.add(pin.table()));
			List<Schedule.Meeting> list = new ArrayList<>();
			int next = 1;
			for (Pin pin : pins) {
				int table = pin.table() == null ? 0 : pin.table();
				if (table == 0) {
					while (taken.contains(next)) {
						next++;
					}
					table = next;
					taken.add(next);
				}
				double weight = 0;
				for (String person : pin.participants()) {
					double mine = 0;
					for (String other : pin.participants()) {
						mine += person.equals(other) ? 0 : weights.getOrDefault(key(person, other), 0.0);
					}
					meetings.get(person)[0]++;
					scores.get(person)[0] += mine;
					weight += mine / 2;
				}
				pinned += weight;
				list.add(new Schedule.Meeting(pin.participants(), table, weight));
			}
			for (Schedule.Meeting meeting : round.meetings()) {
				while (taken.contains(next)) {
					next++;
				}
				taken.add(next);
				list.add(new Schedule.Meeting(meeting.participants(), next, meeting.weight()));
			}
			list.sort(java.util.Comparator.comparingInt(Schedule.Meeting::table));
			rounds.add(new Schedule.Round(round.round(), list));
		}
		Map<String, Schedule.ParticipantScore> perParticipant = new LinkedHashMap<>();
		meetings.forEach((id, count) -> perParticipant.put(id, new Schedule.ParticipantScore(count[0], scores.get(id)[0])));
		return new Schedule(rounds, free.totalWeight() + pinned, free.upperBound() + pinned,
				free.greedyWeight() > 0 ? free.greedyWeight() + pinned : 0, perParticipant, millis);
	}

	private static String key(String a, String b) {
		return a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a;
	}
}
