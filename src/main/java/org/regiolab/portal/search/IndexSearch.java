package org.regiolab.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;
import org.regiolab.portal.SearchQuery;
import org.regiolab.portal.SearchResult;

/**
 * One search on the index: the hits of the page, how many there are and the facets. The cost
 * must not grow with the number of hits, which at a million profiles is up to all of them: the
 * search ranks only as many hits as the page needs (Lucene skips the blocks of documents that
 * cannot rank high enough), collects the first {@link #COUNTED} hits in the order of the index
 * (each segment sorted by name) without scoring them, counts exactly up to there and says "at
 * least" beyond, counts the facets of those hits as a sample, and reads the stored fields of the
 * page's hits only. Ranking 1,000
 * hits for the counts instead left the 1,000th score so low that Lucene could skip almost
 * nothing: half of a search's CPU went into scoring every hit.
 */
final class IndexSearch {

	/** Hits counted exactly, and counted for the facets, before the answer says "at least". */
	static final int COUNTED = 1000;

	/**
	 * A search asked before, with the same words (as analysed), filters and page, of the same
	 * version of the index, at a moment with the same "open now" filter: it has the same answer.
	 */
	record Asked(long indexVersion, List<String> terms, @Nullable String category, @Nullable String district,
			boolean openNow, boolean offers, int page, int size, TimeFilters.When when) {
	}

	private final LuceneQueries queries;
	/*
	 * People ask the same things: the answers to the last searches are kept, as Solr's query result
	 * cache and Elasticsearch's request cache do, until the index or the moment's filters change. The
	 * index's version is part of the question, so a change is found by the next search.
	 */
	private final Cache<Asked, SearchResult> answers;
	private final TimeFilters filters = new TimeFilters();
	private final HitCounts counts = new HitCounts();

	/** @param answersKept how many answers are kept at most, each a page of hits and the facets (a few KB); 0 keeps none */
	IndexSearch(LuceneQueries queries, int answersKept) {
		this.queries = queries;
		this.answers = Caffeine.newBuilder().maximumSize(answersKept).expireAfterWrite(Duration.ofMinutes(10)).build();
	}

	SearchResult search(LuceneIndex index, SearchQuery query, ZonedDateTime now, boolean holiday) throws IOException {
		List<String> terms = queries.terms(query.text());
		if (terms.isEmpty() && query.text() != null && !query.text().isBlank()) {
			// only punctuation or stop words: nothing to look for
			return SearchResult.empty(query.page(), query.size());
		}
		return index.search(searcher -> {
			if (searcher.getIndexReader().numDocs() == 0) {
				return SearchResult.empty(query.page(), query.size());
			}
			TimeFilters.Moment moment = filters.at(searcher, now, holiday);
			Asked asked = new Asked(((DirectoryReader) searcher.getIndexReader()).getVersion(), terms, query.category(),
					query.district(), query.openNow(), query.offers(), query.page(), query.size(), moment.when());
			return answers.get(asked, same -> answer(searcher, queries.text(terms), query, moment));
		});
	}

	private SearchResult answer(IndexSearcher searcher, Query text, SearchQuery query, TimeFilters.Moment moment) {
		try {
			// rewritten once (the fuzzy and prefix terms looked up) for the page and the counts
			Query whole = searcher.rewrite(queries.of(text, query, moment.openNowQuery(), moment.offersQuery()));
			int wanted = (query.page() + 1) * query.size();
			TopDocs top = searcher.search(whole, ranking(text instanceof MatchAllDocsQuery, wanted));
			int[] first = searcher.search(whole, FirstHits.manager(COUNTED + 1));
			boolean all = first.length <= COUNTED;
			long total = all ? first.length : cheapCount(searcher, whole);
			SearchResult.Facets facets = everything(text, query) ? counts.ofAll(searcher, moment)
					: counts.of(searcher, all ? first : Arrays.copyOf(first, COUNTED), moment, all);
			boolean totalIsExact = total >= 0;
			return new SearchResult(totalIsExact ? total : COUNTED, totalIsExact,
					page(searcher, top.scoreDocs, query.page() * query.size(), wanted), facets, query.page(), query.size());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The hits up to the end of the page: by relevance, where Lucene skips the blocks of documents
	 * that cannot make the page; without words by name, the order of the index, where each segment
	 * stops once it has the page.
	 */
	private static CollectorManager<?, ? extends TopDocs> ranking(boolean byName, int wanted) {
		return byName ? new TopFieldCollectorManager(LuceneIndex.BY_NAME, wanted, null, wanted)
				: new TopScoreDocCollectorManager(wanted, null, wanted);
	}

	/**
	 * The exact number of hits where the index knows it without looking at them (everything, one
	 * category), else -1.
	 */
	private static long cheapCount(IndexSearcher searcher, Query query) throws IOException {
		Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
		long total = 0;
		for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
			int count = weight.count(leaf);
			if (count < 0) {
				return -1;
			}
			total += count;
		}
		return total;
	}

	/** No words and no filters: the start page's overview, whose facets are those of everything. */
	private static boolean everything(Query text, SearchQuery query) {
		return text instanceof MatchAllDocsQuery && query.category() == null && query.district() == null && !query.openNow()
				&& !query.offers();
	}

	private static List<SearchResult.Hit> page(IndexSearcher searcher, ScoreDoc[] hits, int from, int to)
			throws IOException {
		List<SearchResult.Hit> page = new ArrayList<>();
		StoredFields stored = searcher.storedFields();
		for (int i = from; i < Math.min(to, hits.length); i++) {
			page.add(hit(stored.document(hits[i].doc)));
		}
		return page;
	}

	private static SearchResult.Hit hit(Document document) {
		return new SearchResult.Hit(document.get(LuceneDocuments.TYPE), UUID.fromString(document.get(LuceneDocuments.ID)),
				document.get(LuceneDocuments.NAME), document.get(LuceneDocuments.SNIPPET), document.get(LuceneDocuments.URL),
				document.get(LuceneDocuments.DISTRICT),
				Arrays.asList(document.getValues(LuceneDocuments.CATEGORIES_STORED)));
	}
}
