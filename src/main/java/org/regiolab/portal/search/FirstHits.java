package org.regiolab.portal.search;

import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/**
 * The first hits of a query in the order of the index (each segment sorted by name), without
 * scoring them, up to a limit: what the facets and the exact count look at. Stops each segment
 * once it has enough.
 */
final class FirstHits extends SimpleCollector {

	private final int[] docs;
	private int count;
	private int docBase;

	private FirstHits(int limit) {
		this.docs = new int[limit];
	}

	static CollectorManager<FirstHits, int[]> manager(int limit) {
		return new CollectorManager<>() {
			@Override
			public FirstHits newCollector() {
				return new FirstHits(limit);
			}

			@Override
			public int[] reduce(Collection<FirstHits> collectors) {
				// one collector per slice; the searcher has no executor, so there is one slice
				return collectors.stream().flatMapToInt(hits -> Arrays.stream(hits.docs, 0, hits.count)).sorted().limit(limit)
					.toArray();
			}
		};
	}

	@Override
	protected void doSetNextReader(LeafReaderContext context) {
		if (count == docs.length) {
			throw new CollectionTerminatedException();
		}
		docBase = context.docBase;
	}

	@Override
	public void collect(int doc) {
		docs[count++] = docBase + doc;
		if (count == docs.length) {
			throw new CollectionTerminatedException();
		}
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}
}
