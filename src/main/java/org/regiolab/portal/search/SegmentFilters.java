package org.regiolab.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The time filters of one index segment ({@link TimeFilters}): the minutes of the week at which
 * one of its businesses opens or closes, read once, and the bit sets computed so far. Concurrent
 * searches that need the same bit set wait for one computation instead of each doing it.
 */
final class SegmentFilters {

	/** What a bit set answers: a filter, the start of the stretch of the week, the day, whether it is a holiday. */
	record Key(String filter, int from, int day, boolean holiday) {
	}

	/** Computes a segment's bit set. */
	interface Computation {
		FixedBitSet compute() throws IOException;
	}

	/** More than a day's stretches of all filters; beyond, the oldest day's go first. */
	static final int KEPT = 64;

	private final int[] edges;
	private final Map<Key, Future<TimeFilters.Bits>> computed = new ConcurrentHashMap<>();

	SegmentFilters(LeafReader segment) throws IOException {
		this.edges = edges(segment);
	}

	/**
	 * The latest minute of the week, up to {@code minute}, at which a business of this segment opens
	 * or closes; -1 when none has opened yet this week. "Open now" at {@code minute} is "open" at
	 * this minute: a weekly span that contains one contains the other, since both its ends are edges.
	 */
	int stretchStart(int minute) {
		int at = Arrays.binarySearch(edges, minute);
		if (at >= 0) {
			return edges[at];
		}
		int before = -at - 2;
		return before < 0 ? -1 : edges[before];
	}

	TimeFilters.Bits bits(Key key, Computation computation) throws IOException {
		Future<TimeFilters.Bits> known = computed.get(key);
		if (known == null) {
			FutureTask<TimeFilters.Bits> task = new FutureTask<>(() -> {
				FixedBitSet set = computation.compute();
				return new TimeFilters.Bits(set, set.cardinality());
			});
			known = computed.putIfAbsent(key, task);
			if (known == null) {
				forgetOtherDays(key.day());
				known = task;
				task.run();
			}
		}
		try {
			return known.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a search filter", ex);
		}
		catch (ExecutionException ex) {
			computed.remove(key, known);
			if (ex.getCause() instanceof IOException io) {
				throw io;
			}
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new UncheckedIOException(new IOException(ex.getCause()));
		}
	}

	/** Bit sets of past days are of no more use; the week's stretches of one day are fewer than {@link #KEPT}. */
	private void forgetOtherDays(int today) {
		if (computed.size() > KEPT) {
			computed.keySet().removeIf(key -> key.day() != today);
		}
		if (computed.size() > KEPT) {
			computed.clear();
		}
	}

	private static int[] edges(LeafReader segment) throws IOException {
		Terms terms = segment.terms(LuceneDocuments.EDGES);
		if (terms == null) {
			return new int[0];
		}
		int[] edges = new int[Math.toIntExact(Math.max(terms.size(), 0))];
		int count = 0;
		TermsEnum each = terms.iterator();
		for (BytesRef term = each.next(); term != null; term = each.next()) {
			if (count == edges.length) {
				edges = Arrays.copyOf(edges, Math.max(16, count * 2));
			}
			edges[count++] = Integer.parseInt(term.utf8ToString());
		}
		int[] sorted = Arrays.copyOf(edges, count);
		Arrays.sort(sorted);
		return sorted;
	}
}
