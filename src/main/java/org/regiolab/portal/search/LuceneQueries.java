package org.regiolab.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.AutomatonQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import org.jspecify.annotations.Nullable;
import org.regiolab.portal.SearchQuery;

import static org.regiolab.portal.search.LuceneDocuments.CATEGORY;
import static org.regiolab.portal.search.LuceneDocuments.DISTRICT;
import static org.regiolab.portal.search.LuceneDocuments.NAME;
import static org.regiolab.portal.search.LuceneDocuments.SNIPPET;
import static org.regiolab.portal.search.LuceneDocuments.TEXT;

/**
 * Turns what a visitor typed into a Lucene query. Every word must match somewhere; a word in the
 * name weighs most, then the snippet, then the rest. Each word is analysed as the index was
 * (German normalisation and light stemming: "Baeckerei" and "Bäckereien" both become
 * {@code backerei}) and is also looked for with typos (fuzzy) and as the start of a longer word
 * ("Fahrrad" finds "Fahrradladen"). Nothing typed can break the query: there is no query syntax.
 */
final class LuceneQueries {

	static final int MAX_WORDS = 10;

	private final Analyzer analyzer;
	/*
	 * A word's typo query, built once: its Levenshtein automaton took an eighth of an uncached
	 * search's CPU when FuzzyQuery built it anew for every search.
	 */
	private final Cache<Term, Query> typos = Caffeine.newBuilder().maximumSize(5_000).build();

	LuceneQueries(Analyzer analyzer) {
		this.analyzer = analyzer;
	}

	/** The words of the text as the index knows them, at most {@link #MAX_WORDS}. */
	List<String> terms(@Nullable String text) {
		List<String> terms = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return terms;
		}
		String cut = text.length() > SearchQuery.MAX_TEXT ? text.substring(0, SearchQuery.MAX_TEXT) : text;
		try (TokenStream tokens = analyzer.tokenStream(TEXT, cut)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			tokens.reset();
			while (tokens.incrementToken() && terms.size() < MAX_WORDS) {
				terms.add(term.toString());
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/** The text part: all words, or everything when there are none. */
	Query text(List<String> terms) {
		if (terms.isEmpty()) {
			return new MatchAllDocsQuery();
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		terms.forEach(term -> all.add(word(term), Occur.MUST));
		return all.build();
	}

	/**
	 * The whole query: text, the visitor's filters, and a small boost for what is open now.
	 * @param openNow what is open at this moment, {@link TimeFilters}
	 * @param offers what has a current offer
	 */
	Query of(Query text, SearchQuery query, Query openNow, Query offers) {
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(text, Occur.MUST);
		if (query.category() != null) {
			builder.add(new TermQuery(new Term(CATEGORY, query.category())), Occur.FILTER);
		}
		if (query.district() != null) {
			builder.add(new TermQuery(new Term(DISTRICT, query.district())), Occur.FILTER);
		}
		if (query.openNow()) {
			builder.add(openNow, Occur.FILTER);
		}
		if (query.offers()) {
			builder.add(offers, Occur.FILTER);
		}
		if (!(text instanceof MatchAllDocsQuery)) {
			// among equally good hits, what is open now comes first; a list without words is sorted by name anyway
			builder.add(new BoostQuery(new ConstantScoreQuery(openNow), 0.3f), Occur.SHOULD);
		}
		return builder.build();
	}

	private Query word(String term) {
		List<Query> variants = new ArrayList<>();
		add(variants, NAME, term, 6f, 3f, 2f);
		add(variants, SNIPPET, term, 3f, 1.5f, 1f);
		// typos are looked for in names and snippets, where people's words are; the long texts' vocabulary
		// is the largest and would cost most to walk with a fuzzy automaton
		add(variants, TEXT, term, 1f, 0f, 0.5f);
		// the best variant alone counts (no tie-breaker): only then can Lucene hand the page's lowest
		// score down to each variant and skip the documents that cannot reach it
		return new DisjunctionMaxQuery(variants, 0f);
	}

	private void add(List<Query> variants, String field, String term, float exact, float fuzzy, float prefix) {
		Term word = new Term(field, term);
		variants.add(new BoostQuery(new TermQuery(word), exact));
		if (edits(term) > 0 && fuzzy > 0) {
			variants.add(new BoostQuery(typos.get(word, LuceneQueries::typo), fuzzy));
		}
		if (term.length() >= 4) {
			variants.add(new BoostQuery(new PrefixQuery(word), prefix));
		}
	}

	/**
	 * The word with one typo (a letter more, less, other or two swapped), scored as Lucene's
	 * FuzzyQuery scores: its 50 most frequent matching terms blended. The first letter is taken as
	 * typed: it keeps the query fast and is seldom the typo.
	 */
	private static Query typo(Term word) {
		String text = word.text();
		int first = text.offsetByCodePoints(0, 1);
		Automaton automaton = new LevenshteinAutomata(text.substring(first), true).toAutomaton(edits(text),
				text.substring(0, first));
		return new AutomatonQuery(word, automaton, Operations.DEFAULT_DETERMINIZE_WORK_LIMIT, false,
				FuzzyQuery.defaultRewriteMethod(FuzzyQuery.defaultMaxExpansions));
	}

	/**
	 * One typo from four letters on ("Bäckrei", "Fahradladen", "Metzgrei" are one edit away), never
	 * two: measured at 100,000 profiles, two edits made a search for a long word ("Schlüsseldienst",
	 * "Photovoltaik") cost 140–160 ms instead of a few, because that automaton is many times larger.
	 */
	static int edits(String term) {
		return term.length() <= 3 ? 0 : 1;
	}
}
