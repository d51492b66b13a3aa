package org.regiolab.portal.search;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.regiolab.portal.OpeningHours;
import org.regiolab.portal.SearchQuery;
import org.regiolab.portal.SearchResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The answers kept for searches asked again never outlive what they answer: a change to the index
 * and the closing time of a business are seen by the next search.
 */
class IndexSearchTest {

	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	@TempDir
	Path folder;

	@Test
	void aSearchAskedAgainSeesWhatWasIndexedMeanwhile() throws Exception {
		try (LuceneIndex index = new LuceneIndex(folder, new GermanAnalyzer())) {
			IndexSearch search = new IndexSearch(new LuceneQueries(new GermanAnalyzer()), 100);
			index.put(bakery(1, "Bäckerei Morgenrot", "Mo-Sa 06:00-18:00"));
			index.commit("test");
			SearchQuery broetchen = new SearchQuery("Brötchen", null, null, false, false, 0, 10);
			ZonedDateTime tuesdayMorning = LocalDateTime.of(2026, 12, 1, 9, 0).atZone(BERLIN);
			assertThat(names(search.search(index, broetchen, tuesdayMorning, false))).containsExactly("Bäckerei Morgenrot");
			assertThat(names(search.search(index, broetchen, tuesdayMorning, false))).containsExactly("Bäckerei Morgenrot");

			index.put(bakery(2, "Bäckerei Abendstern", "Mo-Sa 06:00-18:00"));
			index.commit("test");
			assertThat(names(search.search(index, broetchen, tuesdayMorning, false)))
				.containsExactlyInAnyOrder("Bäckerei Morgenrot", "Bäckerei Abendstern");

			index.remove("profile", List.of(new UUID(0, 1)));
			index.commit("test");
			assertThat(names(search.search(index, broetchen, tuesdayMorning, false))).containsExactly("Bäckerei Abendstern");
		}
	}

	@Test
	void openNowAskedAgainAfterClosingTimeFindsNothing() throws Exception {
		try (LuceneIndex index = new LuceneIndex(folder, new GermanAnalyzer())) {
			IndexSearch search = new IndexSearch(new LuceneQueries(new GermanAnalyzer()), 100);
			index.put(bakery(1, "Bäckerei Morgenrot", "Mo-Sa 06:00-13:00"));
			index.commit("test");
			SearchQuery openNow = new SearchQuery("Bäckerei", null, null, true, false, 0, 10);
			ZonedDateTime beforeOne = LocalDateTime.of(2026, 12, 1, 12, 59).atZone(BERLIN);
			assertThat(search.search(index, openNow, beforeOne, false).total()).isEqualTo(1);
			assertThat(search.search(index, openNow, beforeOne.plusSeconds(30), false).total()).isEqualTo(1);
			assertThat(search.search(index, openNow, beforeOne.plusMinutes(1), false).total()).isZero();
			// the same minute of another day, a public holiday the bakery keeps closed
			assertThat(search.search(index, openNow, beforeOne.plusDays(7), true).total()).isZero();
			assertThat(search.search(index, openNow, beforeOne.plusDays(7), false).total()).isEqualTo(1);
		}
	}

	@Test
	void beyondAThousandHitsTheBestComeFirstAndTheCountsAreASample() throws Exception {
		try (LuceneIndex index = new LuceneIndex(folder, new GermanAnalyzer())) {
			IndexSearch search = new IndexSearch(new LuceneQueries(new GermanAnalyzer()), 0);
			// two segments: 1,200 shops that mention bread in their description, then three bakeries by name
			for (int i = 0; i < 1200; i++) {
				index.put(new SearchDocument("profile", new UUID(1, i), "Laden " + i, null, "Wir verkaufen auch Brötchen",
						List.of("einzelhandel"), "Nord", OpeningHours.none(), List.of(), false, List.<LocalDate>of(), "/" + i));
			}
			index.commit("test");
			for (int i = 1; i <= 3; i++) {
				index.put(bakery(i, "Brötchen-Bäckerei " + i, "Mo-Sa 06:00-18:00"));
			}
			index.commit("test");
			ZonedDateTime tuesdayMorning = LocalDateTime.of(2026, 12, 1, 9, 0).atZone(BERLIN);

			SearchResult broetchen = search.search(index, new SearchQuery("Brötchen", null, null, false, false, 0, 10),
					tuesdayMorning, false);
			assertThat(names(broetchen).subList(0, 3)).allMatch(name -> name.startsWith("Brötchen-Bäckerei"));
			assertThat(broetchen.items()).hasSize(10);
			assertThat(broetchen.totalIsExact()).isFalse();
			assertThat(broetchen.total()).isEqualTo(IndexSearch.COUNTED);
			assertThat(broetchen.facets().exact()).isFalse();
			assertThat(broetchen.facets().counted()).isEqualTo(IndexSearch.COUNTED);

			// a category without words is counted whole where the index knows it, and listed by name
			SearchResult shops = search.search(index, new SearchQuery(null, "einzelhandel", null, false, false, 0, 5),
					tuesdayMorning, false);
			assertThat(shops.totalIsExact()).isTrue();
			assertThat(shops.total()).isEqualTo(1200);
			assertThat(names(shops)).containsExactly("Laden 0", "Laden 1", "Laden 10", "Laden 100", "Laden 1000");

			SearchResult few = search.search(index, new SearchQuery("Bäckerei", null, null, false, false, 0, 10),
					tuesdayMorning, false);
			assertThat(few.total()).isEqualTo(3);
			assertThat(few.totalIsExact()).isTrue();
			assertThat(few.facets().exact()).isTrue();
		}
	}

	private static SearchDocument bakery(int number, String name, String hours) {
		return new SearchDocument("profile", new UUID(0, number), name, "Brötchen und Brot", "Frische Brötchen",
				List.of("lebensmittel"), "Stadtmitte", OpeningHours.parse(hours), List.of(), true, List.<LocalDate>of(),
				"/portal/profiles/" + new UUID(0, number));
	}

	private static List<String> names(SearchResult result) {
		return result.items().stream().map(SearchResult.Hit::name).toList();
	}
}
