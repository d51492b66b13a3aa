package org.regiolab.matchmaking;

import java.util.List;

/**
 * Why two people, one and other, should meet, as the personal schedule explains it.
 *
 * @param wish who asked for the meeting
 * @param offersForOther what one offers that the other looks for
 * @param offersForOne what the other offers that one looks for
 * @param shared tags and topics both name on the same side (both offer, both look for, both work on)
 */
public record MatchReason(Wish wish, List<String> offersForOther, List<String> offersForOne, List<String> shared) {

	/** Who wished to meet whom. */
	public enum Wish {
		/** both asked for it */
		MUTUAL,
		/** one asked for it */
		ONE,
		/** the other asked for it */
		OTHER,
		NONE
	}

	public MatchReason {
		offersForOther = List.copyOf(offersForOther);
		offersForOne = List.copyOf(offersForOne);
		shared = List.copyOf(shared);
	}

	/** Whether anything but chance brings the two together: a wish, an offer that meets a need or a shared tag. */
	public boolean good() {
		return wish != Wish.NONE || !offersForOther.isEmpty() || !offersForOne.isEmpty() || !shared.isEmpty();
	}

	/** The same reason as the other sees it. */
	public MatchReason seenByOther() {
		Wish mirrored = switch (wish) {
			case ONE -> Wish.OTHER;
			case OTHER -> Wish.ONE;
			default -> wish;
		};
		return new MatchReason(mirrored, offersForOne, offersForOther, shared);
	}
}
