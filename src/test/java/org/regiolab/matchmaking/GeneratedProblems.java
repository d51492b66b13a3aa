package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.regiolab.matchmaking.MatchmakingProblem.Pair;
import org.regiolab.matchmaking.MatchmakingProblem.PairWeight;
import org.regiolab.matchmaking.MatchmakingProblem.Participant;

/**
 * Random speed-dating problems, the same for the same seed: people in organisations of a few,
 * about {@code pairsPerPerson} weighted pairs each (weights 1–10, wishes count most), some
 * forbidden pairs, and optionally tables for a third of the people and gaps in availability.
 */
public final class GeneratedProblems {

	private final int people;
	private final int rounds;
	private int pairsPerPerson = 20;
	private boolean tables;
	private boolean gaps;
	private boolean triples;

	private GeneratedProblems(int people, int rounds) {
		this.people = people;
		this.rounds = rounds;
	}

	public static GeneratedProblems of(int people, int rounds) {
		return new GeneratedProblems(people, rounds);
	}

	public GeneratedProblems pairsPerPerson(int pairs) {
		this.pairsPerPerson = pairs;
		return this;
	}

	/** Tables for a third of the people, so that a third sits out every round. */
	public GeneratedProblems withTables() {
		this.tables = true;
		return this;
	}

	/** Every person misses a round with probability 1/3, a second one with 1/9. */
	public GeneratedProblems withGaps() {
		this.gaps = true;
		return this;
	}

	public GeneratedProblems withTriples() {
		this.triples = true;
		return this;
	}

	public MatchmakingProblem build(long seed) {
		Random random = new Random(seed);
		List<Participant> participants = new ArrayList<>();
		for (int v = 0; v < people; v++) {
			List<Integer> away = new ArrayList<>();
			if (gaps) {
				while (away.size() < rounds - 1 && random.nextInt(3) == 0) {
					away.add(1 + random.nextInt(rounds));
				}
			}
			String organisation = random.nextInt(4) == 0 ? null : "org-" + (v / 3);
			participants.add(new Participant("p" + v, organisation, away));
		}
		List<PairWeight> weights = new ArrayList<>();
		Set<Long> seen = new HashSet<>();
		long wanted = Math.min((long) people * pairsPerPerson / 2, (long) people * (people - 1) / 2);
		while (weights.size() < wanted) {
			int a = random.nextInt(people);
			int b = random.nextInt(people);
			if (a == b || !seen.add(Math.min(a, b) * (long) people + Math.max(a, b))) {
				continue;
			}
			// few strong wishes, more offer-need matches, many shared topics
			int kind = random.nextInt(10);
			double weight = kind == 0 ? 8 + random.nextInt(3) : kind < 4 ? 4 + random.nextInt(4) : 1 + random.nextInt(3);
			weights.add(new PairWeight("p" + a, "p" + b, weight));
		}
		List<Pair> forbidden = new ArrayList<>();
		for (int i = 0; i < people / 50; i++) {
			forbidden.add(new Pair("p" + random.nextInt(people), "p" + random.nextInt(people)));
		}
		forbidden.removeIf(pair -> pair.a().equals(pair.b()));
		Integer tableCount = tables ? Math.max(1, people / 3) : null;
		return new MatchmakingProblem(rounds, tableCount, triples, participants, weights, forbidden, seed);
	}
}
