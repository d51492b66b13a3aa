package org.regiolab.portal;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal's search as visitors use it: German spellings, stems and typos find the business,
 * names rank before descriptions, facets count, "open now" knows the time and the closures, and
 * bad input gets a clear answer. Each test keeps to a part of town of its own.
 */
@IntegrationTest
class PortalSearchIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	ProfileRegistry registry;

	@Autowired
	PortalSearch search;

	@Autowired
	NetworkDirectory network;

	@Test
	void aBakeryIsFoundByWhatItSellsInAnySpellingAndWithATypo() {
		String district = district();
		UUID bakery = published(Businesses.aBakery("Bäckerei Sonnenschein", district));
		UUID bikes = published(Businesses.aBicycleShop("Fahrradladen Speiche", district));
		awaitIndexed(district, 2);

		for (String words : List.of("Brötchen", "backerei", "Baeckerei", "Bäckrei", "Bäckereien", "BÄCKEREI sonnenschein")) {
			assertThat(ids(words, district)).as(words).containsExactly(bakery);
		}
		for (String words : List.of("Fahradladen", "Fahrrad", "Reparatur", "Mobilität")) {
			assertThat(ids(words, district)).as(words).containsExactly(bikes);
		}
		assertThat(ids("Metzgerei", district)).isEmpty();
	}

	@Test
	void aWordInTheNameRanksBeforeTheSameWordInADescription() {
		String district = district();
		UUID mentions = published(Businesses.aShop("Kiosk am Markt", "Neben der Eisdiele gelegen", district, "", List.of(), List.of()));
		UUID named = published(Businesses.aShop("Eisdiele Venezia", "Italienisches Eis", district, "", List.of(), List.of()));
		awaitIndexed(district, 2);
		assertThat(ids("Eisdiele", district)).containsExactly(named, mentions);
	}

	@Test
	void facetsCountAndFilterAndOpenNowKnowsTheHoursAndTheClosures() {
		String district = district();
		UUID always = published(Businesses.aShop("Tankstelle Rund um die Uhr", "Immer offen", district, "Mo-Su 00:00-24:00",
				List.of(), List.of(new Offer("Kaffee für 1 Euro", null, LocalDate.now().plusDays(7), false))));
		published(Businesses.aShop("Späti Ferien", "Heute zu", district, "Mo-Su 00:00-24:00",
				List.of(Businesses.closedToday("Betriebsferien")), List.of()));
		published(Businesses.aShop("Laden ohne Zeiten", "Keine Angaben", district, "", List.of(),
				List.of(new Offer("Abgelaufen", null, LocalDate.now().minusDays(1), false))));
		published(Businesses.aBakery("Bäckerei Facette", district));
		awaitIndexed(district, 4);

		SearchResult all = search.search(new SearchQuery(null, null, district, false, false, 0, 10));
		assertThat(all.total()).isEqualTo(4);
		assertThat(all.facets().district()).containsExactly(new SearchResult.Count(district, 4));
		assertThat(all.facets().category()).contains(new SearchResult.Count("einzelhandel", 3),
				new SearchResult.Count("lebensmittel", 1));
		assertThat(all.facets().offers()).isEqualTo(1);
		assertThat(search.search(new SearchQuery(null, null, district, true, false, 0, 10)).items())
			.extracting(SearchResult.Hit::id).contains(always).hasSizeLessThanOrEqualTo(2)
			.allSatisfy(id -> assertThat(id).isNotNull());
		assertThat(search.search(new SearchQuery(null, null, district, true, false, 0, 10)).items())
			.extracting(SearchResult.Hit::name).doesNotContain("Späti Ferien", "Laden ohne Zeiten");
		assertThat(search.search(new SearchQuery(null, null, district, false, true, 0, 10)).items())
			.extracting(SearchResult.Hit::id).containsExactly(always);
		assertThat(search.search(new SearchQuery(null, "lebensmittel", district, false, false, 0, 10)).total()).isEqualTo(1);
	}

	@Test
	void theApiAnswersTheSearchWithFacetsAndBadInputClearly() {
		LiveHttp http = new LiveHttp(port);
		String district = district();
		UUID bakery = published(Businesses.aBakery("Bäckerei Schnittstelle", district));
		awaitIndexed(district, 1);

		HttpResponse<String> found = http.get("/api/v1/portal/search?q=B%C3%A4ckrei&district=" + district.replace(" ", "%20"));
		assertThat(found.statusCode()).isEqualTo(200);
		assertThat(found.body()).contains("\"total\":1", "\"items\":[{\"type\":\"profile\",\"id\":\"" + bakery + "\"",
				"\"url\":\"/portal/profiles/" + bakery + "\"", "\"facets\":{\"category\":[", "\"name\":\"Lebensmittel\"",
				"\"snippet\":\"Frische Brötchen");

		HttpResponse<String> punctuation = http.get("/api/v1/portal/search?q=%3F%21.%2C%3B%22%28%29*~");
		assertThat(punctuation.statusCode()).isEqualTo(200);
		assertThat(punctuation.body()).contains("\"total\":0", "\"items\":[]");
		HttpResponse<String> negative = http.get("/api/v1/portal/search?q=brot&page=-1", "Accept-Language", "de");
		assertThat(negative.statusCode()).isEqualTo(422);
		assertThat(negative.body()).contains("\"field\":\"page\"");
		assertThat(http.get("/api/v1/portal/search?q=" + "x".repeat(300)).statusCode()).isEqualTo(422);
		assertThat(http.get("/api/v1/portal/search?size=1000").statusCode()).isEqualTo(422);
		int huge = http.get("/api/v1/portal/search?q=" + "b".repeat(1_000_000)).statusCode();
		assertThat(huge).isBetween(400, 499);
	}

	private UUID published(ProfileContent content) {
		UUID organisation = network.organisationNamed("Hochschule Ruhr West").orElseThrow();
		UUID id = registry.create(organisation, content);
		registry.publish(id);
		return id;
	}

	private List<UUID> ids(String words, String district) {
		return search.search(new SearchQuery(words, null, district, false, false, 0, 20)).items().stream()
			.map(SearchResult.Hit::id).toList();
	}

	private void awaitIndexed(String district, int count) {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> search.search(new SearchQuery(null, null, district, false, false, 0, 1)).total() == count);
	}

	private static String district() {
		return "Testviertel " + UUID.randomUUID().toString().substring(0, 8);
	}
}
