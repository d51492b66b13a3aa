package org.regiolab.portal.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.store.FSDirectory;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene index in one directory: one writer, and searchers that see each commit, shared by all
 * searches until the next. The documents are kept sorted by name, so that a list without words,
 * which is sorted by name, stops after the hits it shows. Commits carry the generation of the
 * database they were built from and the format of their documents; an index of another format is
 * emptied on opening and so rebuilt.
 */
final class LuceneIndex implements Closeable {

	static final String GENERATION = "regiolab.generation";
	static final String FORMAT_KEY = "regiolab.format";
	/** 2: sorted by name, doc values for the counts, the edges of the opening hours. */
	static final String FORMAT = "2";
	static final Sort BY_NAME = new Sort(new SortField(LuceneDocuments.SORT, SortField.Type.STRING));

	private final FSDirectory directory;
	private final IndexWriter writer;
	private final SearcherManager searchers;

	/** Work on a searcher that stays open while it runs. */
	interface Search<T> {
		T on(IndexSearcher searcher) throws IOException;
	}

	LuceneIndex(Path path, Analyzer analyzer) throws IOException {
		this.directory = FSDirectory.open(path);
		boolean usable = !DirectoryReader.indexExists(directory) || FORMAT.equals(commitData(FORMAT_KEY));
		this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
			.setOpenMode(usable ? IndexWriterConfig.OpenMode.CREATE_OR_APPEND : IndexWriterConfig.OpenMode.CREATE)
			.setIndexSort(BY_NAME)
			.setRAMBufferSizeMB(64));
		if (!usable) {
			// an empty commit without a generation replaces the old format's, so the index is rebuilt
			writer.commit();
		}
		this.searchers = new SearcherManager(writer, new SearcherFactory() {
			@Override
			public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
				IndexSearcher searcher = new IndexSearcher(reader);
				// the filters worth keeping are kept by TimeFilters; Lucene's query cache would only add
				// its own lock to every search
				searcher.setQueryCache(null);
				return searcher;
			}
		});
	}

	/** The generation of the last commit, or none for an index never committed. */
	@Nullable
	String generation() throws IOException {
		return DirectoryReader.indexExists(directory) ? commitData(GENERATION) : null;
	}

	private @Nullable String commitData(String key) throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(directory)) {
			return reader.getIndexCommit().getUserData().get(key);
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
		writer.setLiveCommitData(Map.of(GENERATION, generation, FORMAT_KEY, FORMAT).entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	long documents() throws IOException {
		return search(searcher -> (long) searcher.getIndexReader().numDocs());
	}

	/** Runs the search on the current searcher. */
	<T> T search(Search<T> search) throws IOException {
		IndexSearcher searcher = searchers.acquire();
		try {
			return search.on(searcher);
		}
		finally {
			searchers.release(searcher);
		}
	}

	@Override
	public void close() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}
}
