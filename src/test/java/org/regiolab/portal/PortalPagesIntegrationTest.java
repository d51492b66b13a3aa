package org.regiolab.portal;

import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The portal as a baker, the office and visitors use it: the baker registers and confirms the
 * address, the office publishes the entry, and visitors find it by "Brötchen", "backerei" and
 * "Bäckrei", read its page (schema.org data, cached by ETag, no cookie), the open data and the
 * sitemap; the office sees the views and the searches that found nothing.
 */
@IntegrationTest
class PortalPagesIntegrationTest {

	static final Pattern LINK = Pattern.compile("/portal/register/([A-Za-z0-9_-]{20,})");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NetworkDirectory network;

	@Autowired
	CityPages pages;

	@Autowired
	ProfileRegistry registry;

	@LocalServerPort
	int port;

	@Test
	void aBakerRegistersIsApprovedAndIsFoundByBroetchenBackereiAndBaeckrei() throws Exception {
		String tag = UUID.randomUUID().toString().substring(0, 6);
		String name = "Bäckerei Morgenrot " + tag;
		String email = "baecker." + tag + "@example.org";
		mvc.perform(post("/portal/register").with(csrf()).param("name", name).param("category", "lebensmittel")
				.param("shortDescription", "Brötchen, Brot und Kuchen vom Meister").param("street", "Kirchhellener Straße 5")
				.param("postalCode", "46244").param("city", "Bottrop").param("district", "Kirchhellen " + tag)
				.param("openingHours", "Mo-Sa 06:00-13:00").param("contactName", "Berta Beispiel").param("contactEmail", email))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Ohne Ihr Einverständnis")));
		mvc.perform(post("/portal/register").with(csrf()).param("name", name).param("category", "lebensmittel")
				.param("shortDescription", "Brötchen, Brot und Kuchen vom Meister").param("street", "Kirchhellener Straße 5")
				.param("postalCode", "46244").param("city", "Bottrop").param("district", "Kirchhellen " + tag)
				.param("openingHours", "Mo-Sa 06:00-13:00").param("contactName", "Berta Beispiel").param("contactEmail", email)
				.param("privacy", "true"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Wir haben eine E-Mail an " + email)));

		String token = token(email);
		mvc.perform(get("/portal/register/{token}", token)).andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		mvc.perform(post("/portal/register/{token}", token).with(csrf()))
			.andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/invitation/*"));
		mvc.perform(post("/portal/register/{token}", token).with(csrf())).andExpect(status().isNotFound());
		UUID profile = jdbc.sql("select profile from portal_registration where email = ?").param(email).query(UUID.class).single();
		assertThat(jdbc.sql("select status from portal_profile where id = ?").param(profile).query(String.class).single())
			.isEqualTo("SUBMITTED");
		assertThat(network.organisationNamed(name)).isPresent();
		mvc.perform(get("/portal/profiles/{id}", profile)).andExpect(status().isNotFound());

		var coordinator = user(DemoUser.COORDINATOR.email()).roles("COORDINATOR");
		mvc.perform(get("/portal/office").with(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
		mvc.perform(get("/portal/office/profiles/{id}", profile).with(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Kirchhellener Straße 5")));
		mvc.perform(post("/portal/office/profiles/{id}/publish", profile).with(coordinator).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/portal/office/profiles/{id}/publish", profile).with(user(email)).with(csrf()))
			.andExpect(status().isForbidden());

		for (String words : new String[] { "Brötchen", "backerei", "Bäckrei" }) {
			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc
				.perform(get("/portal/search").param("q", words).param("district", "Kirchhellen " + tag))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(name))));
		}
		mvc.perform(get("/portal/profiles/{id}", profile)).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"@type\":\"LocalBusiness\"")))
			.andExpect(content().string(containsString("Montag")))
			.andExpect(header().exists("ETag"))
			.andExpect(header().doesNotExist("Set-Cookie"));
	}

	@Test
	void publicPagesAreCachedByETagSetNoCookieAndWorkForVisitors() throws Exception {
		UUID profile = publishedProfile("Blumen Paulsen " + UUID.randomUUID().toString().substring(0, 6));
		LiveHttp http = new LiveHttp(port);
		var page = http.get("/portal/profiles/" + profile);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
		// a minute at most, less when the bakery opens or closes within it
		assertThat(page.headers().firstValue("Cache-Control")).hasValueSatisfying(value -> assertThat(value)
			.matches("max-age=(60|[1-5]?[0-9]), public"));
		String etag = page.headers().firstValue("ETag").orElseThrow();
		assertThat(http.get("/portal/profiles/" + profile, "If-None-Match", etag).statusCode()).isEqualTo(304);
		for (String path : new String[] { "/portal", "/portal/search?q=Blumen", "/portal/search?q=%3F%3F%3F",
				"/portal/search?page=-1", "/portal/search?q=" + "x".repeat(5000) }) {
			var answer = http.get(path);
			assertThat(answer.statusCode()).as(path).isEqualTo(200);
			assertThat(answer.headers().firstValue("Set-Cookie")).as(path).isEmpty();
			assertThat(answer.body()).as(path).doesNotContain("<script src");
		}
		assertThat(http.get("/portal/profiles/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
	}

	@Test
	void cityPagesOpenDataAndTheSitemapShowWhatIsPublic() throws Exception {
		String slug = "wochenmarkt-" + UUID.randomUUID().toString().substring(0, 6);
		pages.save(slug, 99, "Wochenmarkt Test", "Weekly market test", "Frisches vom Land", "Fresh from the country",
				"Dienstags und freitags auf dem Kirchplatz.\n\nMit Imbiss.", "Tuesdays and Fridays.");
		mvc.perform(get("/portal/offers/{slug}", slug)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Dienstags und freitags auf dem Kirchplatz.")));
		mvc.perform(get("/portal/offers/{slug}", slug).header("Accept-Language", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Tuesdays and Fridays.")));
		String name = "Schuhmacherei Open Data " + UUID.randomUUID().toString().substring(0, 6);
		UUID profile = publishedProfile(name);
		MvcResult csv = mvc.perform(get("/portal/open-data/profiles.csv")).andReturn();
		mvc.perform(asyncDispatch(csv)).andExpect(status().isOk()).andExpect(content().string(containsString(name)));
		MvcResult json = mvc.perform(get("/portal/open-data/profiles.json")).andReturn();
		mvc.perform(asyncDispatch(json)).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"name\":\"" + name + "\"")));
		MvcResult sitemap = mvc.perform(get("/sitemap.xml")).andReturn();
		mvc.perform(asyncDispatch(sitemap)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/portal/profiles/" + profile + "</loc>")))
			.andExpect(content().string(containsString("/portal/offers/" + slug + "</loc>")));
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> mvc.perform(get("/portal/search").param("q", "Kirchplatz"))
			.andExpect(content().string(containsString("Wochenmarkt Test"))));
	}

	@Test
	void theOfficeSeesTheMostVisitedPagesAndTheSearchesThatFoundNothing() throws Exception {
		UUID profile = publishedProfile("Eiscafé Statistik " + UUID.randomUUID().toString().substring(0, 6));
		for (int i = 0; i < 3; i++) {
			mvc.perform(get("/portal/profiles/{id}", profile)).andExpect(status().isOk());
		}
		mvc.perform(get("/api/v1/portal/search").param("q", "Zeppelinwerft")).andExpect(status().isOk());
		var coordinator = user(DemoUser.COORDINATOR.email()).roles("COORDINATOR");
		mvc.perform(get("/api/v1/portal/statistics/pages").with(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("\"page\":\"profile:" + profile + "\"")))
			.andExpect(content().string(containsString("\"query\":\"zeppelinwerft\"")));
		mvc.perform(get("/portal/office/statistics").with(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Eiscafé Statistik")))
			.andExpect(content().string(containsString("zeppelinwerft")));
		mvc.perform(get("/api/v1/portal/statistics/pages").param("from", "2026-05-01").param("to", "2026-01-01")
				.with(coordinator))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(get("/portal/office/statistics").with(user("m").roles("MEMBER"))).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select views from portal_page_view where page = ?").param("profile:" + profile)
			.query(Long.class).single()).isEqualTo(3);
		mvc.perform(get("/portal/office").with(coordinator))
			.andExpect(content().string(not(containsString("Exception"))));
	}

	private UUID publishedProfile(String name) {
		UUID organisation = network.organisationNamed("Hochschule Ruhr West").orElseThrow();
		UUID id = registry.create(organisation, Businesses.aBakery(name, "Stadtmitte"));
		registry.publish(id);
		return id;
	}

	private String token(String email) {
		String body = jdbc.sql("select body from mail_outbox where recipient = ? order by created_at desc limit 1")
			.param(email).query(String.class).single();
		Matcher matcher = LINK.matcher(body);
		assertThat(matcher.find()).as(body).isTrue();
		return matcher.group(1);
	}
}
