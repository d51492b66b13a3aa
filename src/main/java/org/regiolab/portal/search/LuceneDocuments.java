package org.regiolab.portal.search;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.regiolab.portal.Closure;
import org.regiolab.portal.OpeningHours;

/**
 * How an item becomes a Lucene document. Names and texts are analysed in German; category and
 * district are terms to filter by and doc values to count; the weekly opening hours are ranges of
 * minutes since Monday 00:00 and the closures ranges of days, so that "open now" is a query rather
 * than a stored answer. The minutes at which a business opens or closes are terms of their own
 * ({@link #EDGES}): between two of them, "open now" cannot change ({@link TimeFilters}).
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
	/** Doc values for counting the facets of a search's hits; the terms above are for filtering. */
	static final String CATEGORY_VALUES = "categoryValues";
	static final String DISTRICT_VALUE = "districtValue";
	static final String EDGES = "edges";
	static final String URL = "url";
	static final String HOURS = "hours";
	static final String CLOSED = "closed";
	static final String HOLIDAYS = "holidays";
	static final String OFFER_UNTIL = "offerUntil";
	static final int NO_END = Integer.MAX_VALUE;

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
			doc.add(new SortedSetDocValuesField(CATEGORY_VALUES, new BytesRef(category)));
		}
		if (item.district() != null) {
			doc.add(new StringField(DISTRICT, item.district(), Field.Store.YES));
			doc.add(new SortedDocValuesField(DISTRICT_VALUE, new BytesRef(item.district())));
		}
		for (OpeningHours.Span span : item.hours().spans()) {
			// the last minute the business is open: a range that includes its end would match at closing time
			doc.add(new IntRange(HOURS, new int[] { span.weekMinuteOpens() }, new int[] { span.weekMinuteCloses() - 1 }));
			doc.add(new StringField(EDGES, Integer.toString(span.weekMinuteOpens()), Field.Store.NO));
			doc.add(new StringField(EDGES, Integer.toString(span.weekMinuteCloses()), Field.Store.NO));
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
		return doc;
	}

	static int day(LocalDate date) {
		return (int) date.toEpochDay();
	}
}
