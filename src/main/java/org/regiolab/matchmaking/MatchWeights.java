package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The weight of a pair, from what the two state. The steps are chosen so that the order the
 * organisers asked for holds strictly, whatever the number of tags: a mutual wish outweighs any
 * pair without one, a one-sided wish any pair with tags only, an offer that meets a need any
 * number of shared tags. At most {@link #COUNTED_TAGS} tags count per kind, so that one long list
 * cannot outvote a wish. Every other allowed pair weighs {@link #ACQUAINTANCE}: at a speed dating
 * meeting somebody new is worth more than sitting alone. A "not meet" on either side and one
 * organisation exclude the pair.
 */
public final class MatchWeights {

	static final double ACQUAINTANCE = 1;
	static final double SHARED_TAG = 2;
	static final double OFFER_FOR_NEED = 10;
	static final double ONE_SIDED_WISH = 40;
	static final double MUTUAL_WISH = 100;
	static final int COUNTED_TAGS = 3;

	private MatchWeights() {
	}

	/** Whether the two must not meet: one does not want to, or both come for one organisation. */
	public static boolean excluded(MatchProfile one, MatchProfile other) {
		return one.id().equals(other.id()) || one.avoid().contains(other.id()) || other.avoid().contains(one.id())
				|| one.organisation() != null && other.organisation() != null
						&& normal(one.organisation()).equals(normal(other.organisation()));
	}

	public static MatchReason reason(MatchProfile one, MatchProfile other) {
		boolean oneWishes = one.meet().contains(other.id());
		boolean otherWishes = other.meet().contains(one.id());
		MatchReason.Wish wish = oneWishes && otherWishes ? MatchReason.Wish.MUTUAL
				: oneWishes ? MatchReason.Wish.ONE : otherWishes ? MatchReason.Wish.OTHER : MatchReason.Wish.NONE;
		List<String> shared = common(one.topics(), other.topics());
		common(one.offers(), other.offers()).forEach(tag -> addNew(shared, tag));
		common(one.needs(), other.needs()).forEach(tag -> addNew(shared, tag));
		return new MatchReason(wish, common(one.offers(), other.needs()), common(other.offers(), one.needs()), shared);
	}

	/** The weight of a pair that may meet. */
	public static double weight(MatchReason reason) {
		double wish = switch (reason.wish()) {
			case MUTUAL -> MUTUAL_WISH;
			case ONE, OTHER -> ONE_SIDED_WISH;
			case NONE -> 0;
		};
		return ACQUAINTANCE + wish + OFFER_FOR_NEED * counted(reason.offersForOther().size() + reason.offersForOne().size())
				+ SHARED_TAG * counted(reason.shared().size());
	}

	/** The weight of the pair, 0 if it is excluded. */
	public static double weight(MatchProfile one, MatchProfile other) {
		return excluded(one, other) ? 0 : weight(reason(one, other));
	}

	private static int counted(int tags) {
		return Math.min(tags, COUNTED_TAGS);
	}

	/** The tags of {@code mine} that {@code theirs} names too, in my spelling, compared without case and spacing. */
	private static List<String> common(List<String> mine, List<String> theirs) {
		Map<String, String> wanted = new LinkedHashMap<>();
		theirs.forEach(tag -> wanted.putIfAbsent(normal(tag), tag));
		List<String> common = new ArrayList<>();
		for (String tag : mine) {
			if (wanted.containsKey(normal(tag))) {
				addNew(common, tag);
			}
		}
		return common;
	}

	private static void addNew(List<String> tags, String tag) {
		if (tags.stream().noneMatch(known -> normal(known).equals(normal(tag)))) {
			tags.add(tag);
		}
	}

	static String normal(String tag) {
		return tag.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
	}
}
