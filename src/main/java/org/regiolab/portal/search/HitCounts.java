package org.regiolab.portal.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;
import org.regiolab.portal.SearchResult;

import static org.regiolab.portal.search.LuceneDocuments.CATEGORY_VALUES;
import static org.regiolab.portal.search.LuceneDocuments.DISTRICT_VALUE;

/**
 * The facets of a search: how many hits fall into each category and district, are open now, have
 * a current offer. Counting every hit of a broad word would cost a search many times over at a
 * million documents (a word like "Bäckerei" has 50,000 hits, a category 500,000), so a search
 * counts its first hits in the order of the index: all of them when there are few, a sample of
 * the first 1,000 otherwise, and says so. Only the facets of everything (the start page's) are
 * counted whole, once per segment and kept until the segment changes.
 */
final class HitCounts {

	static final int FACET_VALUES = 40;

	private final Map<Object, Tally> wholeSegments = new ConcurrentHashMap<>();

	/** The facets of these hits (document ids of the searcher's reader). */
	SearchResult.Facets of(IndexSearcher searcher, int[] hits, TimeFilters.Moment moment, boolean exact) throws IOException {
		int[] docs = hits.clone();
		Arrays.sort(docs);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Tally tally = new Tally();
		int next = 0;
		while (next < docs.length) {
			int ord = ReaderUtil.subIndex(docs[next], leaves);
			LeafReaderContext leaf = leaves.get(ord);
			SegmentCount segment = new SegmentCount(leaf, moment.openNow().get(ord).set(), moment.offers().get(ord).set());
			int end = leaf.docBase + leaf.reader().maxDoc();
			for (; next < docs.length && docs[next] < end; next++) {
				segment.add(docs[next] - leaf.docBase);
			}
			segment.into(tally);
		}
		return tally.facets(docs.length, exact);
	}

	/** The facets of every document, from the counts of each segment (kept until it changes). */
	SearchResult.Facets ofAll(IndexSearcher searcher, TimeFilters.Moment moment) throws IOException {
		Tally all = new Tally();
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			all.add(whole(leaf));
			Bits live = leaf.reader().getLiveDocs();
			all.openNow += live(moment.openNow().get(leaf.ord), live);
			all.offers += live(moment.offers().get(leaf.ord), live);
		}
		return all.facets(searcher.getIndexReader().numDocs(), true);
	}

	private Tally whole(LeafReaderContext leaf) throws IOException {
		IndexReader.CacheHelper version = leaf.reader().getReaderCacheHelper();
		if (version == null) {
			return countWhole(leaf);
		}
		Tally known = wholeSegments.get(version.getKey());
		if (known == null) {
			known = countWhole(leaf);
			if (wholeSegments.putIfAbsent(version.getKey(), known) == null) {
				version.addClosedListener(wholeSegments::remove);
			}
		}
		return known;
	}

	/** Categories and districts of a segment's live documents; open now and offers are counted from their bit sets. */
	private static Tally countWhole(LeafReaderContext leaf) throws IOException {
		SegmentCount segment = new SegmentCount(leaf, null, null);
		Bits live = leaf.reader().getLiveDocs();
		for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
			if (live == null || live.get(doc)) {
				segment.add(doc);
			}
		}
		Tally tally = new Tally();
		segment.into(tally);
		return tally;
	}

	private static long live(TimeFilters.Bits bits, Bits live) {
		if (live == null) {
			return bits.cardinality();
		}
		if (live instanceof FixedBitSet fixed) {
			return FixedBitSet.intersectionCount(bits.set(), fixed);
		}
		long count = 0;
		FixedBitSet set = bits.set();
		for (int doc = 0; doc < set.length(); doc++) {
			if (set.get(doc) && live.get(doc)) {
				count++;
			}
		}
		return count;
	}

	/** Counts of one segment by ordinal, turned into values once at the end. */
	private static final class SegmentCount {

		private final SortedSetDocValues categories;
		private final SortedDocValues district;
		private final int[] perCategory;
		private final int[] perDistrict;
		private final @Nullable FixedBitSet open;
		private final @Nullable FixedBitSet offers;
		private long openNow;
		private long withOffers;

		SegmentCount(LeafReaderContext leaf, @Nullable FixedBitSet open, @Nullable FixedBitSet offers) throws IOException {
			this.categories = DocValues.getSortedSet(leaf.reader(), CATEGORY_VALUES);
			this.district = DocValues.getSorted(leaf.reader(), DISTRICT_VALUE);
			this.perCategory = new int[Math.toIntExact(categories.getValueCount())];
			this.perDistrict = new int[district.getValueCount()];
			this.open = open;
			this.offers = offers;
		}

		/** Documents in increasing order. */
		void add(int doc) throws IOException {
			if (categories.advanceExact(doc)) {
				for (int value = categories.docValueCount(); value > 0; value--) {
					perCategory[Math.toIntExact(categories.nextOrd())]++;
				}
			}
			if (district.advanceExact(doc)) {
				perDistrict[district.ordValue()]++;
			}
			if (open != null && open.get(doc)) {
				openNow++;
			}
			if (offers != null && offers.get(doc)) {
				withOffers++;
			}
		}

		void into(Tally tally) throws IOException {
			for (int ord = 0; ord < perCategory.length; ord++) {
				if (perCategory[ord] > 0) {
					tally.categories.merge(categories.lookupOrd(ord).utf8ToString(), (long) perCategory[ord], Long::sum);
				}
			}
			for (int ord = 0; ord < perDistrict.length; ord++) {
				if (perDistrict[ord] > 0) {
					tally.districts.merge(district.lookupOrd(ord).utf8ToString(), (long) perDistrict[ord], Long::sum);
				}
			}
			tally.openNow += openNow;
			tally.offers += withOffers;
		}
	}

	/** Counts being added up. */
	private static final class Tally {

		final Map<String, Long> categories = new HashMap<>();
		final Map<String, Long> districts = new HashMap<>();
		long openNow;
		long offers;

		void add(Tally other) {
			other.categories.forEach((value, count) -> categories.merge(value, count, Long::sum));
			other.districts.forEach((value, count) -> districts.merge(value, count, Long::sum));
		}

		SearchResult.Facets facets(long counted, boolean exact) {
			return new SearchResult.Facets(top(categories), top(districts), openNow, offers, counted, exact);
		}

		private static List<SearchResult.Count> top(Map<String, Long> counts) {
			List<SearchResult.Count> top = new ArrayList<>();
			counts.forEach((value, count) -> top.add(new SearchResult.Count(value, count)));
			top.sort(Comparator.comparingLong(SearchResult.Count::count).reversed().thenComparing(SearchResult.Count::value));
			return top.size() > FACET_VALUES ? List.copyOf(top.subList(0, FACET_VALUES)) : top;
		}
	}
}
