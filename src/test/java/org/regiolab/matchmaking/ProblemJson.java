package org.regiolab.matchmaking;

import java.util.Locale;
import java.util.stream.Collectors;

/** A problem as the JSON of a solve request, for tools outside Java (bench/lp_bound.py). */
final class ProblemJson {

	private ProblemJson() {
	}

	static String of(MatchmakingProblem problem) {
		String participants = problem.participants().stream()
			.map(p -> "{\"id\":\"" + p.id() + "\"" + (p.organization() == null ? "" : ",\"organization\":\"" + p.organization() + "\"")
					+ ",\"unavailableRounds\":" + p.unavailableRounds() + "}")
			.collect(Collectors.joining(","));
		String weights = problem.weights().stream()
			.map(w -> String.format(Locale.ROOT, "{\"a\":\"%s\",\"b\":\"%s\",\"weight\":%s}", w.a(), w.b(), w.weight()))
			.collect(Collectors.joining(","));
		String forbidden = problem.forbidden().stream()
			.map(f -> "{\"a\":\"" + f.a() + "\",\"b\":\"" + f.b() + "\"}")
			.collect(Collectors.joining(","));
		return "{\"rounds\":" + problem.rounds() + (problem.tables() == null ? "" : ",\"tables\":" + problem.tables())
				+ ",\"allowTriples\":" + problem.allowTriples() + ",\"seed\":" + problem.seed() + ",\"participants\":[" + participants
				+ "],\"weights\":[" + weights + "],\"forbidden\":[" + forbidden + "]}";
	}
}
