package org.regiolab.portal.search;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.portal.OpeningHours;
import org.regiolab.portal.SearchQuery;

/**
 * Whatever a visitor types into the search box, it becomes a query without an exception and with
 * at most ten words; whatever a business types as its opening hours, it is read or refused with
 * the field named. {@code ./mvnw verify} replays the inputs under {@code SearchInputFuzzTestInputs};
 * {@code JAZZER_FUZZ=1} searches for new ones.
 */
class SearchInputFuzzTest {

	private static final LuceneQueries QUERIES = new LuceneQueries(new GermanAnalyzer());

	@FuzzTest(maxDuration = "20s")
	void anyTextBecomesAQuery(String text) {
		var terms = QUERIES.terms(text);
		if (terms.size() > LuceneQueries.MAX_WORDS) {
			throw new AssertionError("More than " + LuceneQueries.MAX_WORDS + " words: " + terms.size());
		}
		QUERIES.of(QUERIES.text(terms), new SearchQuery(text, text, text, true, true, 0, 20), new MatchAllDocsQuery(),
				new MatchAllDocsQuery());
	}

	@FuzzTest(maxDuration = "20s")
	void openingHoursAreReadOrRefusedWithTheirField(String text) {
		try {
			OpeningHours hours = OpeningHours.parse(text);
			if (!OpeningHours.parse(hours.text()).equals(hours)) {
				throw new AssertionError("The canonical form reads differently: " + hours.text());
			}
		}
		catch (InvalidInputException expected) {
			if (!"openingHours".equals(expected.field())) {
				throw new AssertionError("Refused with the wrong field " + expected.field());
			}
		}
	}
}
