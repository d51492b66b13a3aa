package org.regiolab.matchmaking;

import java.time.OffsetDateTime;
import java.util.List;

/** What the card on a table tells: who sits there in which round. */
public record TableCard(int table, List<Sitting> rounds) {

	/** The people at the table in one round; empty if the table stays free then. */
	public record Sitting(int round, OffsetDateTime startsAt, OffsetDateTime endsAt, List<SchedulePlan.Seat> people) {
	}
}
