package org.regiolab.portal;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Business profiles through the API: the office creates one on a business's behalf and publishes
 * it; the business changes it, and visitors keep seeing the published version until the office
 * publishes the change; bad input answers 422 with the field.
 */
@IntegrationTest
class ProfileApiIntegrationTest {

	static final String COORDINATOR = DemoUser.COORDINATOR.basic();
	static final String MEMBER = DemoUser.MEMBER.basic();
	static final String EXPERT = DemoUser.EXPERT.basic();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ProfileRegistry registry;

	@Test
	void theOfficePublishesAProfileAndABusinessChangeWaitsForReviewWhileThePublishedVersionStaysVisible() {
		LiveHttp http = new LiveHttp(port);
		String tag = tag();
		HttpResponse<String> created = send(http, "POST", "/api/v1/portal/profiles", COORDINATOR, """
				{"organizationId": "%s", "name": "Bäckerei Kruse %s", "shortDescription": "Brötchen vom Holzofen",
				 "categories": ["lebensmittel", "10"], "street": "Hochstraße 12", "postalCode": "46236", "city": "Bottrop",
				 "openingHours": "Mo-Fr 06:30-18:00; Sa 07:00-12:30", "phone": "02041 123456",
				 "website": "https://baeckerei-kruse.example"}""".formatted(organisation(), tag));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"status\":\"DRAFT\"", "\"published\":false",
				"\"openingHours\":\"Mo 06:30-18:00; Tu 06:30-18:00; We 06:30-18:00; Th 06:30-18:00; Fr 06:30-18:00; Sa 07:00-12:30\"");
		String id = created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
		assertThat(http.get("/api/v1/portal/profiles/" + id).statusCode()).isEqualTo(404);

		assertThat(send(http, "POST", "/api/v1/portal/profiles/" + id + "/publish", MEMBER, "").statusCode()).isEqualTo(403);
		HttpResponse<String> published = send(http, "POST", "/api/v1/portal/profiles/" + id + "/publish", COORDINATOR, "");
		assertThat(published.body()).contains("\"status\":\"PUBLISHED\"", "\"url\":\"/portal/profiles/" + id + "\"");
		assertThat(http.get("/api/v1/portal/profiles/" + id).body()).contains("Bäckerei Kruse " + tag, "Holzofen");

		String change = """
				{"name": "Bäckerei Kruse %s", "shortDescription": "Brötchen und Kuchen", "categories": ["lebensmittel"],
				 "openingHours": "Mo-Sa 06:00-18:00"}""".formatted(tag);
		assertThat(send(http, "PUT", "/api/v1/portal/profiles/" + id, MEMBER, change).statusCode()).isEqualTo(403);
		registry.addEditor(UUID.fromString(id), DemoUser.MEMBER.email());
		HttpResponse<String> changed = send(http, "PUT", "/api/v1/portal/profiles/" + id, MEMBER, change);
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("\"status\":\"SUBMITTED\"", "Brötchen und Kuchen");
		assertThat(http.get("/api/v1/portal/profiles/" + id).body()).contains("Holzofen").doesNotContain("Kuchen");
		assertThat(http.get("/api/v1/portal/profiles?status=SUBMITTED", "Authorization", COORDINATOR).body())
			.contains("Bäckerei Kruse " + tag);

		send(http, "POST", "/api/v1/portal/profiles/" + id + "/publish", COORDINATOR, "");
		assertThat(http.get("/api/v1/portal/profiles/" + id).body()).contains("Kuchen").doesNotContain("Holzofen");
		assertThat(http.get("/api/v1/portal/profiles?q=kruse%20" + tag).body()).contains("\"total\":1");
	}

	@Test
	void badInputIsAnsweredWith422AndTheField() {
		LiveHttp http = new LiveHttp(port);
		String organisation = organisation();
		assertThat(invalid(http, "{\"organizationId\": \"%s\", \"name\": \"Laden\", \"openingHours\": \"immer\"}"
			.formatted(organisation))).contains("\"field\":\"openingHours\"");
		assertThat(invalid(http, "{\"organizationId\": \"%s\", \"name\": \"Laden\", \"openingHours\": \"Mo 25:00-26:00\"}"
			.formatted(organisation))).contains("\"field\":\"openingHours\"");
		assertThat(invalid(http, "{\"organizationId\": \"%s\", \"name\": \"Laden\", \"categories\": [\"zauberei\"]}"
			.formatted(organisation))).contains("\"field\":\"categories\"");
		assertThat(invalid(http, "{\"organizationId\": \"%s\", \"name\": \"Laden\", \"postalCode\": \"4623\"}"
			.formatted(organisation))).contains("\"field\":\"postalCode\"");
		assertThat(invalid(http, "{\"organizationId\": \"%s\", \"name\": \"\"}".formatted(organisation)))
			.contains("\"field\":\"name\"");
		assertThat(invalid(http, "{\"name\": \"Laden ohne Organisation\"}")).contains("\"field\":\"organizationId\"");
		assertThat(invalid(http, "{\"organizationId\": \"%s\", \"name\": \"Laden\"}".formatted(UUID.randomUUID())))
			.contains("\"field\":\"organizationId\"");
		assertThat(invalid(http, """
				{"organizationId": "%s", "name": "Laden", "closures": [{"from": "2026-12-31", "to": "2026-12-24"}]}"""
			.formatted(organisation))).contains("\"field\":\"closures\"");
		assertThat(send(http, "POST", "/api/v1/portal/profiles", EXPERT,
				"{\"organizationId\": \"%s\", \"name\": \"Laden\"}".formatted(organisation)).statusCode()).isEqualTo(403);
	}

	private String invalid(LiveHttp http, String body) {
		HttpResponse<String> response = send(http, "POST", "/api/v1/portal/profiles", COORDINATOR, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
		return response.body();
	}

	private String organisation() {
		return jdbc.sql("select id from organisation where name = 'Hochschule Ruhr West'").query(String.class).single();
	}

	static HttpResponse<String> send(LiveHttp http, String method, String path, String authorization, String body) {
		return http.send(method, path, body, "Authorization", authorization, "Content-Type", "application/json",
				"Accept-Language", "de");
	}

	static String tag() {
		return UUID.randomUUID().toString().substring(0, 6);
	}
}
