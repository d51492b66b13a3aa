package org.regiolab.network;

import java.net.http.HttpResponse;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * People through the API: only coordinators and administrators see personal data; a person's
 * export holds everything stored about them; after erasure nothing identifies them.
 */
@IntegrationTest
class PeopleIntegrationTest {

	static final String COORDINATOR = DemoUser.COORDINATOR.basic();
	static final String MEMBER = DemoUser.MEMBER.basic();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPersonsExportHoldsEverythingAndErasureLeavesNothingThatIdentifiesThem() {
		LiveHttp http = new LiveHttp(port);
		String email = "greta.hoffmann-" + UUID.randomUUID() + "@example.org";
		String organisation = jdbc.sql("select id from organisation where name = 'Stadt Bottrop'").query(String.class).single();
		HttpResponse<String> created = post(http, COORDINATOR, """
				{"givenName": "Greta", "familyName": "Hoffmann", "email": "%s", "phone": "+49 2041 123",
				 "organizationId": "%s", "function": "Citymanagerin",
				 "consents": [{"purpose": "NEWSLETTER", "givenOn": "2026-03-01"}]}""".formatted(email, organisation));
		assertThat(created.statusCode()).isEqualTo(201);
		String id = created.headers().firstValue("Location").orElseThrow().replace("/api/v1/people/", "");

		HttpResponse<String> export = http.get("/api/v1/people/" + id + "/export", "Authorization", COORDINATOR);
		assertThat(export.statusCode()).isEqualTo(200);
		assertThat(export.body()).contains("Greta", "Hoffmann", email, "+49 2041 123", "Citymanagerin", "Stadt Bottrop",
				"NEWSLETTER", "2026-03-01", "person.created");

		assertThat(http.send("DELETE", "/api/v1/people/" + id, "", "Authorization", COORDINATOR).statusCode()).isEqualTo(204);
		assertThat(http.get("/api/v1/people/" + id, "Authorization", COORDINATOR).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from person_consent where person = cast(? as uuid)").param(id)
			.query(Long.class).single()).isZero();
		assertThat(jdbc.sql("select coalesce(string_agg(coalesce(details, ''), ' '), '') from audit_event where subject = ?")
			.param("person:" + id).query(String.class).single()).doesNotContain("Greta", "Hoffmann", email);
	}

	@Test
	void aPersonsExportSaysWhatWasDoneToThemWhenAndByWhom() {
		LiveHttp http = new LiveHttp(port);
		HttpResponse<String> created = post(http, COORDINATOR, "{\"givenName\": \"Hanna\", \"familyName\": \"Verlauf\"}");
		String id = created.headers().firstValue("Location").orElseThrow().replace("/api/v1/people/", "");

		String export = http.get("/api/v1/people/" + id + "/export", "Authorization", COORDINATOR).body();

		assertThat(JsonPath.<String>read(export, "$.history[0].action")).isEqualTo("person.created");
		assertThat(JsonPath.<String>read(export, "$.history[0].actor")).isEqualTo("koordination@demo.regiolab.example");
		assertThat(JsonPath.<String>read(export, "$.history[0].at")).matches("\\d{4}-\\d{2}-\\d{2}T.*");
	}

	@Test
	void membersSeeNoPersonalData() {
		LiveHttp http = new LiveHttp(port);
		assertThat(http.get("/api/v1/people", "Authorization", MEMBER).statusCode()).isEqualTo(403);
		assertThat(post(http, MEMBER, "{\"givenName\": \"X\", \"familyName\": \"Y\"}").statusCode()).isEqualTo(403);
	}

	@Test
	void aSecondPersonWithTheSameEmailOrAnUnknownOrganisationIsRefused() {
		LiveHttp http = new LiveHttp(port);
		HttpResponse<String> duplicate = post(http, COORDINATOR,
				"{\"givenName\": \"Lena\", \"familyName\": \"Zwilling\", \"email\": \"Lena.Vogt@demo.regiolab.example\"}");
		assertThat(duplicate.statusCode()).isEqualTo(422);
		assertThat(duplicate.body()).contains("\"field\":\"email\"");
		HttpResponse<String> unknown = post(http, COORDINATOR, "{\"givenName\": \"Otto\", \"familyName\": \"Ohne\", "
				+ "\"organizationId\": \"" + UUID.randomUUID() + "\"}");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("\"field\":\"organizationId\"");
		HttpResponse<String> future = post(http, COORDINATOR, "{\"givenName\": \"Zora\", \"familyName\": \"Zukunft\", "
				+ "\"consents\": [{\"purpose\": \"SURVEYS\", \"givenOn\": \"2999-01-01\"}]}");
		assertThat(future.statusCode()).isEqualTo(422);
		assertThat(jdbc.sql("select count(*) from person where family_name in ('Zwilling', 'Ohne', 'Zukunft')")
			.query(Long.class).single()).isZero();
	}

	@Test
	void theDemoWorldHasInventedContactsWithTheirConsents() {
		HttpResponse<String> list = new LiveHttp(port).get("/api/v1/people?q=vogt", "Authorization", COORDINATOR);
		assertThat(list.body()).contains("Lena", "Amt für Wirtschaftsförderung");
		assertThat(jdbc.sql("select count(*) from person where invented").query(Long.class).single()).isGreaterThanOrEqualTo(4);
	}

	private static HttpResponse<String> post(LiveHttp http, String authorization, String json) {
		return http.send("POST", "/api/v1/people", json, "Authorization", authorization, "Content-Type",
				"application/json", "Accept-Language", "de");
	}
}
