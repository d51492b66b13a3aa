package org.regiolab.network;

import java.net.http.HttpResponse;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations through the API: created, found, changed and removed; bad input stores nothing. */
@IntegrationTest
class OrganisationsIntegrationTest {

	static final String COORDINATOR = DemoUser.COORDINATOR.basic();
	static final String MEMBER = DemoUser.MEMBER.basic();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void aCoordinatorCreatesReadsChangesAndDeletesAnOrganisationAndEveryChangeIsAudited() {
		LiveHttp http = new LiveHttp(port);
		HttpResponse<String> created = post(http, COORDINATOR, """
				{"name": "Tischlerei Kowalski", "kind": "CRAFT_BUSINESS", "sectorCode": "16", "regionKey": "05512",
				 "street": "Hansastraße 1", "postalCode": "46236", "city": "Bottrop", "website": "https://tischlerei.example"}""");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"regionName\":\"Bottrop\"", "\"sectorCode\":\"16\"");
		String location = created.headers().firstValue("Location").orElseThrow();
		String id = location.substring(location.lastIndexOf('/') + 1);

		HttpResponse<String> changed = http.send("PUT", "/api/v1/organizations/" + id,
				"{\"name\": \"Tischlerei Kowalski GmbH\", \"kind\": \"CRAFT_BUSINESS\", \"city\": \"Bottrop\"}",
				"Authorization", COORDINATOR, "Content-Type", "application/json");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("Tischlerei Kowalski GmbH").doesNotContain("Hansastraße");

		assertThat(http.send("DELETE", "/api/v1/organizations/" + id, "", "Authorization", COORDINATOR).statusCode())
			.isEqualTo(204);
		assertThat(http.get("/api/v1/organizations/" + id, "Authorization", COORDINATOR).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select action from audit_event where subject = ? order by id")
			.param("organisation:" + id).query(String.class).list())
			.containsExactly("organisation.created", "organisation.changed", "organisation.deleted");
	}

	@Test
	void anOrganisationSentWithItsNameAloneIsACompany() {
		HttpResponse<String> created = post(new LiveHttp(port), COORDINATOR, "{\"name\": \"Nur der Name GmbH\"}");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(JsonPath.<String>read(created.body(), "$.kind")).isEqualTo("COMPANY");
	}

	@Test
	void anOrganisationWithEveryOptionalFieldNullIsStored() {
		HttpResponse<String> created = post(new LiveHttp(port), COORDINATOR, """
				{"name": "Alles offen e. V.", "kind": null, "sectorCode": null, "regionKey": null, "street": null,
				 "postalCode": null, "city": null, "website": null, "description": null}""");

		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(JsonPath.<String>read(created.body(), "$.name")).isEqualTo("Alles offen e. V.");
	}

	@Test
	void aMemberMayReadButNotCreate() {
		LiveHttp http = new LiveHttp(port);
		assertThat(http.get("/api/v1/organizations", "Authorization", MEMBER).statusCode()).isEqualTo(200);
		HttpResponse<String> refused = post(http, MEMBER, "{\"name\": \"Nicht erlaubt\", \"kind\": \"COMPANY\"}");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(count("Nicht erlaubt")).isZero();
	}

	@Test
	void badInputGetsAClearErrorAndStoresNothing() {
		LiveHttp http = new LiveHttp(port);
		HttpResponse<String> missingName = post(http, COORDINATOR, "{\"kind\": \"COMPANY\", \"city\": \"Ohne Namen\"}");
		assertThat(missingName.statusCode()).isEqualTo(422);
		assertThat(missingName.body()).contains("\"field\":\"name\"");

		HttpResponse<String> unknownRegion = post(http, COORDINATOR,
				"{\"name\": \"Unbekannte Region GmbH\", \"kind\": \"COMPANY\", \"regionKey\": \"99999\"}");
		assertThat(unknownRegion.statusCode()).isEqualTo(422);
		assertThat(unknownRegion.body()).contains("\"field\":\"regionKey\"", "Regionalschlüssel");
		assertThat(count("Unbekannte Region GmbH")).isZero();

		HttpResponse<String> unknownKind = post(http, COORDINATOR, "{\"name\": \"Falsche Art\", \"kind\": \"CASTLE\"}");
		assertThat(unknownKind.statusCode()).isEqualTo(422);
		assertThat(unknownKind.body()).contains("\"field\":\"kind\"");

	}

	@Test
	void aTenMegabyteNameIsRefusedBeforeItIsRead() throws Exception {
		// MockMvc here: the JDK 17 HTTP client cannot read an early answer to a body it is still sending
		String hugeName = "{\"name\": \"" + "x".repeat(10 * 1024 * 1024) + "\", \"kind\": \"COMPANY\"}";
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/organizations")
			.with(SecurityMockMvcRequestPostProcessors.httpBasic("koordination@demo.regiolab.example", "Demo-Koordination-2026"))
			.contentType("application/json")
			.content(hugeName))
			.andExpect(MockMvcResultMatchers.status().isContentTooLarge());
		assertThat(jdbc.sql("select count(*) from organisation where length(name) > 1000").query(Long.class).single()).isZero();
	}

	@Test
	void germanFullTextSearchFindsWordsByTheirBeginning() {
		HttpResponse<String> found = new LiveHttp(port).get("/api/v1/organizations?q=Handwerk", "Authorization", MEMBER);
		assertThat(found.body()).contains("Handwerkskammer Münster", "Kreishandwerkerschaft Emscher-Lippe-West")
			.doesNotContain("Wuppertal Institut");
		HttpResponse<String> filtered = new LiveHttp(port).get("/api/v1/organizations?region=05913&kind=RESEARCH",
				"Authorization", MEMBER);
		assertThat(filtered.body()).contains("Sozialforschungsstelle Dortmund", "\"total\":2").doesNotContain("Stadt Dortmund");
	}

	private static HttpResponse<String> post(LiveHttp http, String authorization, String json) {
		return http.send("POST", "/api/v1/organizations", json, "Authorization", authorization, "Content-Type",
				"application/json", "Accept-Language", "de");
	}

	private long count(String name) {
		return jdbc.sql("select count(*) from organisation where name = ?").param(name).query(Long.class).single();
	}
}
