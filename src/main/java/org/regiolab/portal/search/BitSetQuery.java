package org.regiolab.portal.search;

import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;

/**
 * A filter whose matches were computed beforehand, one bit set per segment of one searcher (in
 * the order of its leaves). It lets a search reuse "open now" and "current offer" as they were
 * computed for the current stretch of time, without a query cache that a new minute would miss.
 * Valid only for the searcher it was made for; never cached, since it is made per search.
 */
final class BitSetQuery extends Query {

	private final String name;
	private final List<TimeFilters.Bits> leaves;

	BitSetQuery(String name, List<TimeFilters.Bits> leaves) {
		this.name = name;
		this.leaves = leaves;
	}

	@Override
	public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
		return new ConstantScoreWeight(this, boost) {
			@Override
			public Scorer scorer(LeafReaderContext context) {
				TimeFilters.Bits bits = leaves.get(context.ord);
				if (bits.cardinality() == 0) {
					return null;
				}
				return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits.set(), bits.cardinality()));
			}

			@Override
			public boolean isCacheable(LeafReaderContext context) {
				return false;
			}
		};
	}

	@Override
	public void visit(QueryVisitor visitor) {
		visitor.visitLeaf(this);
	}

	@Override
	public String toString(String field) {
		return name;
	}

	@Override
	public boolean equals(Object other) {
		return other == this;
	}

	@Override
	public int hashCode() {
		return System.identityHashCode(this);
	}
}
