package org.regiolab.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.regiolab.portal.Closure;
import org.regiolab.portal.OpeningHours;

/**
 * How an item becomes a Lucene document. Names and texts are analysed in German; category and
 * district are facets; the weekly opening hours are ranges of minutes since Monday 00:00 and the
 * closures ranges of days, so that "open now" is a query rather than a stored answer.
 */
final class LuceneDocuments {

	static final String KEY = "key";
	static final String ID = "id";
	static final String TYPE = "type";
	static final String NAME = "name";
	static final String SNIPPET = "snippet";
	static final String TEXT = "text";
	static final String SORT = "sort";
	static final String CATEGORY = "category";
	static final String DISTRICT = "district";
	static final String CATEGORIES_STORED = "categories";
	static final String URL = "url";
	static final String HOURS = "hours";
	static final String CLOSED = "closed";
	static final String HOLIDAYS = "holidays";
	static final String OFFER_UNTIL = "offerUntil";
	static final int NO_END = Integer.MAX_VALUE;

	static final FacetsConfig FACETS = new FacetsConfig();

	static {
		FACETS.setMultiValued(CATEGORY, true);
	}

	private LuceneDocuments() {
	}

	/** The unique key of an item in the index: type and id. */
	static String key(String type, Object id) {
		return type + ":" + id;
	}

	static Document of(SearchDocument item) {
		Document doc = new Document();
		doc.add(new StringField(KEY, key(item.type(), item.id()), Field.Store.NO));
		doc.add(new StoredField(ID, item.id().toString()));
		doc.add(new StringField(TYPE, item.type(), Field.Store.YES));
		doc.add(new TextField(NAME, item.name(), Field.Store.YES));
		doc.add(new SortedDocValuesField(SORT, new BytesRef(item.name().toLowerCase(Locale.GERMAN))));
		if (item.snippet() != null) {
			doc.add(new TextField(SNIPPET, item.snippet(), Field.Store.YES));
		}
		doc.add(new TextField(TEXT, item.text(), Field.Store.NO));
		doc.add(new StoredField(URL, item.url()));
		for (String category : item.categories()) {
			doc.add(new StringField(CATEGORY, category, Field.Store.NO));
			doc.add(new StoredField(CATEGORIES_STORED, category));
			doc.add(new SortedSetDocValuesFacetField(CATEGORY, category));
		}
		if (item.district() != null) {
			doc.add(new StringField(DISTRICT, item.district(), Field.Store.YES));
			doc.add(new SortedSetDocValuesFacetField(DISTRICT, item.district()));
		}
		for (OpeningHours.Span span : item.hours().spans()) {
			// the last minute the business is open: a range that includes its end would match at closing time
			doc.add(new IntRange(HOURS, new int[] { span.weekMinuteOpens() }, new int[] { span.weekMinuteCloses() - 1 }));
		}
		for (Closure closure : item.closures()) {
			doc.add(new IntRange(CLOSED, new int[] { day(closure.from()) }, new int[] { day(closure.to()) }));
		}
		if (item.closedOnPublicHolidays()) {
			doc.add(new StringField(HOLIDAYS, "closed", Field.Store.NO));
		}
		for (LocalDate until : item.offersUntil()) {
			doc.add(new IntPoint(OFFER_UNTIL, until.equals(LocalDate.MAX) ? NO_END : day(until)));
		}
		try {
			return FACETS.build(doc);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static int day(LocalDate date) {
		return (int) date.toEpochDay();
	}
}
