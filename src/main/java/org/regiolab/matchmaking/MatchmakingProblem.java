package org.regiolab.matchmaking;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the solver is asked: who takes part, how much each pair wants to meet, which pairs must
 * not meet, and how many rounds and tables there are.
 *
 * @param rounds the number of rounds, at least 1
 * @param tables meetings per round at most; {@code null} for as many as people allow
 * @param allowTriples whether one group of three per round may seat somebody who would sit alone
 * @param participants everybody, with distinct ids
 * @param weights how much a pair wants to meet (non-negative, symmetric); pairs not listed weigh 0
 * @param forbidden pairs that must never meet
 * @param seed ties are broken by this seed, so that the same problem gives the same schedule
 */
public record MatchmakingProblem(int rounds, @Nullable Integer tables, boolean allowTriples, List<Participant> participants,
		List<PairWeight> weights, List<Pair> forbidden, long seed) {

	public MatchmakingProblem {
		participants = List.copyOf(participants);
		weights = List.copyOf(weights);
		forbidden = List.copyOf(forbidden);
	}

	/**
	 * One participant.
	 *
	 * @param organization people of the same organisation never meet each other
	 * @param unavailableRounds rounds (from 1) in which the participant is not there
	 */
	public record Participant(String id, @Nullable String organization, List<Integer> unavailableRounds) {

		public Participant {
			unavailableRounds = List.copyOf(unavailableRounds);
		}
	}

	/** How much a and b want to meet. */
	public record PairWeight(String a, String b, double weight) {
	}

	/** Two participants. */
	public record Pair(String a, String b) {
	}
}
