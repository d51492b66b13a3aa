package org.regiolab.matchmaking;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * How the organisers run the speed dating of an event: rounds of equal length from a start time,
 * a changeover between rounds (people find their next table), and longer breaks after some rounds.
 *
 * @param tables meetings per round at most, {@code null} for as many as the room takes
 * @param breakAfter the rounds after which a break of {@code breakMinutes} follows
 * @param allowTriples whether somebody who would sit alone joins a meeting as the third
 */
public record SpeedDatingSettings(int rounds, @Nullable Integer tables, int roundMinutes, OffsetDateTime startsAt,
		int changeoverMinutes, List<Integer> breakAfter, int breakMinutes, boolean allowTriples) {

	public static final int MAX_ROUNDS = 30;

	public SpeedDatingSettings {
		breakAfter = breakAfter.stream().distinct().sorted().toList();
	}

	/** When round {@code round} (from 1) begins: the rounds, changeovers and breaks before it. */
	public OffsetDateTime roundStarts(int round) {
		long breaks = breakAfter.stream().filter(after -> after < round).count();
		return startsAt.plusMinutes((long) (round - 1) * (roundMinutes + changeoverMinutes) + breaks * breakMinutes);
	}

	public OffsetDateTime roundEnds(int round) {
		return roundStarts(round).plusMinutes(roundMinutes);
	}

	public OffsetDateTime endsAt() {
		return roundEnds(rounds);
	}

	/**
	 * The round a re-plan starts from by default: the first that has not begun. Before the start,
	 * and after the last round (a past event, where nothing is urgent), that is round 1.
	 */
	public int firstRoundNotStarted(Instant now) {
		for (int round = 1; round <= rounds; round++) {
			if (roundStarts(round).toInstant().isAfter(now)) {
				return round;
			}
		}
		return 1;
	}
}
