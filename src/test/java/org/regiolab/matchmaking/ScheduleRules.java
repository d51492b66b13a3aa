package org.regiolab.matchmaking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Checks a schedule against every rule of its problem, read from the problem itself. */
final class ScheduleRules {

	private ScheduleRules() {
	}

	static void assertKept(MatchmakingProblem problem, Schedule schedule) {
		Map<String, MatchmakingProblem.Participant> people = new HashMap<>();
		problem.participants().forEach(p -> people.put(p.id(), p));
		Set<String> forbidden = new HashSet<>();
		problem.forbidden().forEach(f -> forbidden.add(key(f.a(), f.b())));
		Set<String> met = new HashSet<>();
		Map<String, Integer> meetings = new HashMap<>();
		Map<String, Double> weights = new HashMap<>();
		double total = 0;
		assertThat(schedule.rounds()).hasSize(problem.rounds());
		for (Schedule.Round round : schedule.rounds()) {
			Set<String> seated = new HashSet<>();
			int triples = 0;
			if (problem.tables() != null) {
				assertThat(round.meetings().size()).as("tables in round %d", round.round()).isLessThanOrEqualTo(problem.tables());
			}
			for (Schedule.Meeting meeting : round.meetings()) {
				List<String> group = meeting.participants();
				assertThat(group.size()).isBetween(2, problem.allowTriples() ? 3 : 2);
				triples += group.size() == 3 ? 1 : 0;
				double weight = 0;
				for (int i = 0; i < group.size(); i++) {
					String a = group.get(i);
					assertThat(people).containsKey(a);
					assertThat(people.get(a).unavailableRounds()).doesNotContain(round.round());
					assertThat(seated.add(a)).as("%s twice in round %d", a, round.round()).isTrue();
					for (int j = i + 1; j < group.size(); j++) {
						String b = group.get(j);
						assertThat(met.add(key(a, b))).as("%s and %s meet twice", a, b).isTrue();
						assertThat(forbidden).doesNotContain(key(a, b));
						String organisation = people.get(a).organization();
						assertThat(organisation != null && organisation.equals(people.get(b).organization())).isFalse();
						double w = weight(problem, a, b);
						weight += w;
						weights.merge(a, w, Double::sum);
						weights.merge(b, w, Double::sum);
					}
					meetings.merge(a, 1, Integer::sum);
				}
				assertThat(meeting.weight()).isCloseTo(weight, within(1e-6));
				total += weight;
			}
			assertThat(triples).isLessThanOrEqualTo(1);
		}
		assertThat(schedule.totalWeight()).isCloseTo(total, within(1e-6 * Math.max(1, total)));
		assertThat(schedule.upperBound()).isGreaterThanOrEqualTo(schedule.totalWeight() - 1e-9);
		people.keySet().forEach(id -> {
			Schedule.ParticipantScore score = schedule.perParticipant().get(id);
			assertThat(score.meetings()).isEqualTo(meetings.getOrDefault(id, 0));
			assertThat(score.weight()).isCloseTo(weights.getOrDefault(id, 0.0), within(1e-6));
		});
	}

	/** The weight of a pair as the problem states it: the larger of its entries, 0 if none. */
	static double weight(MatchmakingProblem problem, String a, String b) {
		return problem.weights().stream()
			.filter(w -> key(w.a(), w.b()).equals(key(a, b)))
			.mapToDouble(MatchmakingProblem.PairWeight::weight)
			.max()
			.orElse(0);
	}

	static String key(String a, String b) {
		return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
	}
}
