package org.regiolab.portal.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;
import org.regiolab.portal.SearchResult;

import static org.regiolab.portal.search.LuceneDocuments.CATEGORY;
import static org.regiolab.portal.search.LuceneDocuments.DISTRICT;

/**
 * The Lucene index in one directory: one writer, searchers that see each commit, and the facet
 * state of the current reader (computed once per reader, because it is what costs with a million
 * documents). Commits carry the generation of the database they were built from.
 */
final class LuceneIndex implements Closeable {

	static final String GENERATION = "regiolab.generation";
	static final int FACET_VALUES = 40;

	/**
	 * The filters every search repeats (open at this minute, current offers, a category) cost most
	 * when evaluated anew: "open now" walks the ranges of a million businesses. Cached as bit sets
	 * per segment, always and at once, also where the text part is selective; a minute later the
	 * query differs and the old entry ages out. 512 entries of at most 125 KB each.
	 */
	private static final QueryCachingPolicy ALWAYS = new QueryCachingPolicy() {
		@Override
		public void onUse(Query query) {
		}

		@Override
		public boolean shouldCache(Query query) {
			return true;
		}
	};
	private static final LRUQueryCache FILTERS = new LRUQueryCache(512, 64L * 1024 * 1024, leaf -> true, Float.POSITIVE_INFINITY);

	private final FSDirectory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;
	private volatile @Nullable FacetState facets;

	private record FacetState(IndexReader reader, @Nullable SortedSetDocValuesReaderState state) {
	}

	/** What one search found, before it becomes a {@link SearchResult}. */
	record Found(long total, List<Document> documents, List<SearchResult.Count> categories,
			List<SearchResult.Count> districts, List<Long> extraCounts) {
	}

	LuceneIndex(Path path, Analyzer analyzer) throws IOException {
		this.directory = FSDirectory.open(path);
		this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
			.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
			.setRAMBufferSizeMB(64));
		this.searchers = new SearcherManager(writer, new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
				IndexSearcher searcher = new IndexSearcher(reader);
				searcher.setQueryCache(FILTERS);
				searcher.setQueryCachingPolicy(ALWAYS);
				return searcher;
			}
		});
	}

	/** The generation of the last commit, or none for an index never committed. */
	@Nullable
	String generation() throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			return null;
		}
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			return reader.getIndexCommit().getUserData().get(GENERATION);
		}
	}

	void put(SearchDocument item) throws IOException {
		writer.updateDocument(new Term(LuceneDocuments.KEY, LuceneDocuments.key(item.type(), item.id())),
				LuceneDocuments.of(item));
	}

	void remove(String type, Collection<UUID> ids) throws IOException {
		for (UUID id : ids) {
			writer.deleteDocuments(new Term(LuceneDocuments.KEY, LuceneDocuments.key(type, id)));
		}
	}

	void clear() throws IOException {
		writer.deleteAll();
	}

	/** Makes everything written so far durable and visible to searches. */
	void commit(String generation) throws IOException {
		writer.setLiveCommitData(Map.of(GENERATION, generation).entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	long documents() throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return searcher.getIndexReader().numDocs();
		}
		finally {
			searchers.release(searcher);
		}
	}

	/**
	 * @param byScore relevance order; otherwise by name
	 * @param extraCounts queries whose matches within the result are counted as well (open now, offers)
	 */
	Found search(Query query, boolean byScore, int page, int size, List<Query> extraCounts) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			if (searcher.getIndexReader().numDocs() == 0) {
				return new Found(0, List.of(), List.of(), List.of(), extraCounts.stream().map(extra -> 0L).toList());
			}
			// fuzzy and prefix terms are expanded once, not again for each count
			Query rewritten = searcher.rewrite(query);
			int wanted = (page + 1) * size;
			Sort sort = byScore ? Sort.RELEVANCE : new Sort(new SortField(LuceneDocuments.SORT, SortField.Type.STRING));
			FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, rewritten, wanted, sort,
					new FacetsCollectorManager());
			FacetsCollector collected = result.facetsCollector();
			long total = collected.getMatchingDocs().stream().mapToLong(matching -> matching.totalHits).sum();
			List<Document> documents = new ArrayList<>();
			StoredFields stored = searcher.storedFields();
			ScoreDoc[] hits = result.topDocs().scoreDocs;
			for (int i = page * size; i < hits.length; i++) {
				documents.add(stored.document(hits[i].doc));
			}
			SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
			Facets facetCounts = state == null || total == 0 ? null : new SortedSetDocValuesFacetCounts(state, collected);
			List<Long> extra = new ArrayList<>();
			for (Query count : extraCounts) {
				extra.add(total == 0 ? 0L : searcher.count(new BooleanQuery.Builder().add(rewritten, Occur.FILTER)
					.add(count, Occur.FILTER).build()));
			}
			return new Found(total, documents, counts(facetCounts, CATEGORY), counts(facetCounts, DISTRICT), extra);
		}
		finally {
			searchers.release(searcher);
		}
	}

	private static List<SearchResult.Count> counts(@Nullable Facets facets, String dimension) throws IOException {
		if (facets == null) {
			return List.of();
		}
		FacetResult result;
		try {
			result = facets.getTopChildren(FACET_VALUES, dimension);
		}
		catch (IllegalArgumentException ex) {
			// no document has this dimension yet
			return List.of();
		}
		if (result == null) {
			return List.of();
		}
		List<SearchResult.Count> counts = new ArrayList<>();
		for (LabelAndValue value : result.labelValues) {
			counts.add(new SearchResult.Count(value.label, value.value.longValue()));
		}
		return counts;
	}

	private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		FacetState current = facets;
		if (current != null && current.reader() == reader) {
			return current.state();
		}
		synchronized (this) {
			current = facets;
			if (current == null || current.reader() != reader) {
				SortedSetDocValuesReaderState state;
				try {
					state = new DefaultSortedSetDocValuesReaderState(reader, LuceneDocuments.FACETS);
				}
				catch (IllegalArgumentException ex) {
					// an index without any facet value yet
					state = null;
				}
				current = new FacetState(reader, state);
				facets = current;
			}
			return current.state();
		}
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}
}
