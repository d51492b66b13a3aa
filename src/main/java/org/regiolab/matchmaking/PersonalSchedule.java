package org.regiolab.matchmaking;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A participant's published schedule: every round, with table, partners and why they were chosen;
 * a round without partners is a break for them.
 */
public record PersonalSchedule(SpeedDatings.SpeedDating speedDating, SchedulePlan.Seat person, List<Appointment> appointments) {

	/** One round; {@code table} is {@code null} where the person sits out. */
	public record Appointment(int round, OffsetDateTime startsAt, OffsetDateTime endsAt, @Nullable Integer table,
			List<Partner> partners) {
	}

	/** Whom one meets and why, seen from the person whose schedule it is. */
	public record Partner(SchedulePlan.Seat person, MatchReason reason) {
	}
}
