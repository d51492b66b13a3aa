package org.regiolab.matchmaking;

import java.util.List;
import java.util.Map;

/**
 * A schedule and how good it is.
 *
 * @param rounds the meetings of every round, in round order
 * @param totalWeight the sum of the weights of all meetings
 * @param upperBound no schedule of the problem can weigh more than this
 * @param greedyWeight the weight of the round-by-round greedy schedule, where it was computed, else 0
 * @param perParticipant meetings and weight per participant id
 * @param millis how long the solver took
 */
public record Schedule(List<Round> rounds, double totalWeight, double upperBound, double greedyWeight,
		Map<String, ParticipantScore> perParticipant, long millis) {

	/** The meetings of one round; {@code round} counts from 1. */
	public record Round(int round, List<Meeting> meetings) {
	}

	/** Two (or, in a triple, three) participants at a table; tables count from 1. */
	public record Meeting(List<String> participants, int table, double weight) {
	}

	/** How a participant fared: their number of meetings and the sum of those meetings' weights. */
	public record ParticipantScore(int meetings, double weight) {
	}

	/** {@code totalWeight / upperBound}, 1 when the bound is 0. */
	public double ratio() {
		return upperBound <= 0 ? 1 : totalWeight / upperBound;
	}
}
