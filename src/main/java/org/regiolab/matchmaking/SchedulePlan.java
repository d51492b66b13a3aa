package org.regiolab.matchmaking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A speed dating's schedule as the organisers see it: every round with its meetings and the people
 * who sit out, and how good the whole is.
 *
 * @param stale whether profiles changed after the draft was made, so that generating again may do better
 */
public record SchedulePlan(SpeedDatings.SpeedDating speedDating, List<RoundPlan> rounds, Figures figures, boolean stale) {

	/** Somebody at a table; {@code absent} for a no-show or somebody who gave up their seat. */
	public record Seat(UUID registration, String name, @Nullable String organisation, boolean absent) {
	}

	/** A meeting of two or three at a table; its weight is that of its pairs together. */
	public record Meeting(UUID id, int round, int table, List<Seat> people, double weight, boolean pinned) {
	}

	public record RoundPlan(int round, OffsetDateTime startsAt, OffsetDateTime endsAt, List<Meeting> meetings,
			List<Seat> sittingOut) {
	}

	/**
	 * How a participant fares: meetings, good ones among them (with a wish, an offer for a need or
	 * a shared tag, see {@link MatchReason#good()}), and the weight of them all.
	 */
	public record PersonFigures(Seat person, int meetings, int good, double weight) {
	}

	/**
	 * The quality of a schedule.
	 *
	 * @param upperBound no schedule can weigh more (with the pins of its making), {@code null} before the first draft
	 * @param everybody the figures of everybody present, fewest good meetings first
	 * @param fewGood those of them with fewer good meetings than half the rounds
	 */
	public record Figures(double total, @Nullable Double upperBound, int minGood, int maxGood, double minWeight,
			double maxWeight, List<PersonFigures> everybody, List<PersonFigures> fewGood, @Nullable Instant draftedAt) {

		/** How far below the best possible the schedule may be, in percent; {@code null} without a bound. */
		public @Nullable Double percentBelowBest() {
			if (upperBound == null) {
				return null;
			}
			return upperBound <= 0 ? 0 : Math.max(0, 100 * (1 - total / upperBound));
		}

		public int goodSpread() {
			return maxGood - minGood;
		}

		public double weightSpread() {
			return maxWeight - minWeight;
		}
	}
}
