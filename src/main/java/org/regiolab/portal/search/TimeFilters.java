package org.regiolab.portal.search;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.FixedBitSet;
import org.regiolab.portal.OpeningHours;

import static org.regiolab.portal.search.LuceneDocuments.CLOSED;
import static org.regiolab.portal.search.LuceneDocuments.HOLIDAYS;
import static org.regiolab.portal.search.LuceneDocuments.HOURS;
import static org.regiolab.portal.search.LuceneDocuments.NO_END;
import static org.regiolab.portal.search.LuceneDocuments.OFFER_UNTIL;

/**
 * "Open now" and "has a current offer" as bit sets per index segment, shared by every search
 * until they change. Evaluated anew, "open now" walks the opening hours of a million businesses
 * (tens of milliseconds), and a query cache keyed by the minute misses every minute. But whether
 * a business is open changes only at the minutes where some business of the segment opens or
 * closes (its edges, {@link LuceneDocuments#EDGES}), and offers and closures only at midnight. So
 * the bit set of "open now" is computed once per segment, day and stretch between two edges
 * (with real opening hours a quarter or half an hour) and answers exactly what the query for the
 * very minute would. Segments that did not change keep their bit sets across index refreshes.
 */
final class TimeFilters {

	/** A segment's matches and how many there are (deleted documents included: searches skip those anyway). */
	record Bits(FixedBitSet set, int cardinality) {
	}

	/**
	 * What the filters of a moment depend on: the day, whether it is a public holiday, and the
	 * stretch between two edges that each segment is in. Two moments with the same {@code When} on
	 * the same index have the same filters.
	 */
	record When(int day, boolean holiday, List<Integer> stretches) {
	}

	/** Both filters at one moment, for every segment of one searcher in the order of its leaves. */
	record Moment(List<Bits> openNow, List<Bits> offers, When when) {

		Query openNowQuery() {
			return new BitSetQuery("openNow", openNow);
		}

		Query offersQuery() {
			return new BitSetQuery("offers", offers);
		}
	}

	private final Map<Object, SegmentFilters> segments = new ConcurrentHashMap<>();

	/** The filters of every segment of this searcher at {@code now}. */
	Moment at(IndexSearcher searcher, ZonedDateTime now, boolean holiday) throws IOException {
		int minute = (now.getDayOfWeek().getValue() - 1) * OpeningHours.MINUTES_PER_DAY + now.getHour() * 60 + now.getMinute();
		int today = LuceneDocuments.day(now.toLocalDate());
		List<Bits> open = new ArrayList<>();
		List<Bits> offers = new ArrayList<>();
		List<Integer> stretches = new ArrayList<>();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			SegmentFilters filters = segment(leaf);
			int from = filters.stretchStart(minute);
			stretches.add(from);
			open.add(filters.bits(new SegmentFilters.Key("open", from, today, holiday),
					() -> openAt(searcher, leaf, from, today, holiday)));
			offers.add(filters.bits(new SegmentFilters.Key("offers", 0, today, false),
					() -> matches(searcher, leaf, IntPoint.newRangeQuery(OFFER_UNTIL, today, NO_END))));
		}
		return new Moment(open, offers, new When(today, holiday, stretches));
	}

	private SegmentFilters segment(LeafReaderContext leaf) throws IOException {
		IndexReader.CacheHelper core = leaf.reader().getCoreCacheHelper();
		if (core == null) {
			// not a segment of the index on disk: nothing to share, computed for this search alone
			return new SegmentFilters(leaf.reader());
		}
		SegmentFilters known = segments.get(core.getKey());
		if (known != null) {
			return known;
		}
		SegmentFilters created = new SegmentFilters(leaf.reader());
		known = segments.putIfAbsent(core.getKey(), created);
		if (known == null) {
			core.addClosedListener(segments::remove);
			return created;
		}
		return known;
	}

	/**
	 * Open at this minute of the week (the start of its stretch), not closed today by a closure or,
	 * on a public holiday, because the business closes on holidays.
	 */
	private static FixedBitSet openAt(IndexSearcher searcher, LeafReaderContext leaf, int minute, int today, boolean holiday)
			throws IOException {
		if (minute < 0) {
			// no business of the segment has opened yet this week
			return new FixedBitSet(leaf.reader().maxDoc());
		}
		FixedBitSet open = matches(searcher, leaf, IntRange.newContainsQuery(HOURS, new int[] { minute }, new int[] { minute }));
		open.andNot(matches(searcher, leaf, IntRange.newContainsQuery(CLOSED, new int[] { today }, new int[] { today })));
		if (holiday) {
			open.andNot(matches(searcher, leaf, new TermQuery(new Term(HOLIDAYS, "closed"))));
		}
		return open;
	}

	static FixedBitSet matches(IndexSearcher searcher, LeafReaderContext leaf, Query query) throws IOException {
		FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
		Scorer scorer = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
		if (scorer != null) {
			bits.or(scorer.iterator());
		}
		return bits;
	}
}
