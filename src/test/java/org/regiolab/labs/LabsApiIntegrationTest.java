package org.regiolab.labs;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
 * Labs, funding programmes, certifications, the solution library and the overviews through the
 * API, as coordinators of two alliances use them.
 */
@IntegrationTest
class LabsApiIntegrationTest {

	static final String COORDINATOR = DemoUser.COORDINATOR.basic();
	static final String MEMBER = DemoUser.MEMBER.basic();
	static final String ADMIN = DemoUser.ADMIN.basic();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCoordinatorCreatesALabWithItsAllianceAndMembersAndAnUnknownAllianceIsRefused() {
		LiveHttp http = new LiveHttp(port);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String alliance = id("select id from alliance where name = 'Metropolregion Nürnberg'");
		String member = id("select id from organisation where name = 'Hochschule Ruhr West'");
		HttpResponse<String> created = send(http, "POST", "/api/v1/labs", """
				{"name": "Reallabor Nürnberger Land %s", "kind": "REALLABOR", "allianceId": "%s",
				 "memberOrganizationIds": ["%s"], "phase": "Erprobung", "background": "Warum es das Labor gibt.",
				 "goals": "Was es erreichen will."}""".formatted(tag, alliance, member));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"allianceName\":\"Metropolregion Nürnberg\"", "Hochschule Ruhr West",
				"\"phase\":\"Erprobung\"");
		HttpResponse<String> unknown = send(http, "POST", "/api/v1/labs",
				"{\"name\": \"Geisterlabor %s\", \"kind\": \"REALLABOR\", \"allianceId\": \"%s\"}".formatted(tag, UUID.randomUUID()));
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("\"field\":\"allianceId\"");
		HttpResponse<String> twice = send(http, "POST", "/api/v1/labs",
				"{\"name\": \"reallabor nürnberger land %s\", \"kind\": \"REALLABOR\"}".formatted(tag));
		assertThat(twice.statusCode()).isEqualTo(422);
		assertThat(twice.body()).contains("\"field\":\"name\"");
		assertThat(http.get("/api/v1/labs?alliance=" + alliance, "Authorization", MEMBER).body())
			.contains("Reallabor Nürnberger Land " + tag, "\"total\":1");
	}

	@Test
	void aSolutionAdoptedByAnotherAllianceKeepsItsOriginAndTheOriginSeesWhoAdoptedIt() {
		LiveHttp http = new LiveHttp(port);
		String origin = id("select id from measure where title like 'HalloBot%' and created_by = 'system'");
		String solution = jdbc.sql("select id from solution where measure = ?").param(UUID.fromString(origin))
			.query(String.class).optional().orElseGet(() -> {
				HttpResponse<String> published = send(http, "POST", "/api/v1/measures/" + origin + "/publish", """
						{"problem": "Im Lockdown fehlte vielen Geschäften eine digitale Präsenz.",
						 "approach": "Kostenlose Onlineplattform mit Profilen und den Angeboten der Stadt.",
						 "contact": "Amt für Wirtschaftsförderung Bottrop"}""");
				assertThat(published.statusCode()).isEqualTo(201);
				return published.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
			});
		assertThat(http.get("/api/v1/solutions?q=Präsenz", "Authorization", MEMBER).body()).contains(solution);
		assertThat(http.get("/api/v1/solutions?q=Fahrradgarage", "Authorization", MEMBER).body()).doesNotContain(solution);

		String kosi = id("select id from lab where name = 'KoSI-Lab'");
		HttpResponse<String> adopted = send(http, "POST", "/api/v1/solutions/" + solution + "/adopt", "{\"labId\": \"" + kosi + "\"}");
		assertThat(adopted.statusCode()).isEqualTo(201);
		assertThat(adopted.body()).contains("\"originSolutionId\":\"" + solution + "\"", "\"labName\":\"KoSI-Lab\"",
				"Onlineplattform", "\"results\":[]");
		String adoptedId = adopted.headers().firstValue("Location").orElseThrow().replaceAll(".*/", "");
		assertThat(http.get("/api/v1/solutions/" + solution, "Authorization", MEMBER).body())
			.contains("\"measure\":\"" + adoptedId + "\"", "\"labName\":\"KoSI-Lab\"", "\"allianceName\":\"Wirtschaftsallianz Bottrop\"");

		String ownLab = id("select lab from measure where id = '" + origin + "'");
		HttpResponse<String> ownAdoption = send(http, "POST", "/api/v1/solutions/" + solution + "/adopt", "{\"labId\": \"" + ownLab + "\"}");
		assertThat(ownAdoption.statusCode()).isEqualTo(422);
		assertThat(ownAdoption.body()).contains("\"field\":\"labId\"");
		HttpResponse<String> again = send(http, "POST", "/api/v1/measures/" + origin + "/publish",
				"{\"problem\": \"p\", \"approach\": \"a\", \"contact\": \"c\"}");
		assertThat(again.statusCode()).isEqualTo(422);
	}

	@Test
	void theOverviewCountsMeasuresPerSdgAndMegatrendAsStored() {
		HttpResponse<String> counts = new LiveHttp(port).get("/api/v1/measures/counts", "Authorization", MEMBER);
		assertThat(counts.statusCode()).isEqualTo(200);
		long sdg8 = count("select count(*) from measure_sdg where sdg = 8");
		long digitalisation = count("select count(*) from measure_megatrend where megatrend = 'digitalisation'");
		assertThat(sdg8).isGreaterThanOrEqualTo(2);
		assertThat(counts.body()).contains("\"8\":" + sdg8 + ",", "\"digitalisation\":" + digitalisation, "\"14\":");
		String trade = id("select id from lab where name = 'Hybride Formen des Handels'");
		assertThat(new LiveHttp(port).get("/api/v1/measures/counts?lab=" + trade, "Authorization", MEMBER).body())
			.contains("\"11\":1,", "\"12\":1,", "\"8\":0,", "\"fair-trade\":1", "\"digitalisation\":1");
		assertThat(new LiveHttp(port).get("/api/v1/measures?sdg=11", "Authorization", MEMBER).body())
			.contains("Fairtrade-Town").doesNotContain("HalloBot");
		assertThat(new LiveHttp(port).get("/api/v1/measures?sdg=18", "Authorization", MEMBER).statusCode()).isEqualTo(422);
	}

	@Test
	void fundingProgrammesCertificationsAndMegatrendsAreKeptByTheRightRoles() {
		LiveHttp http = new LiveHttp(port);
		String tag = UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> programme = send(http, "POST", "/api/v1/funding-programmes", """
				{"name": "LEADER %s", "fund": "STATE", "operator": "Land NRW",
				 "notice": "Gefördert durch das Land Nordrhein-Westfalen und die Europäische Union."}""".formatted(tag));
		assertThat(programme.statusCode()).isEqualTo(201);
		assertThat(send(http, "POST", "/api/v1/funding-programmes", "{\"name\": \"Ohne Hinweis\", \"fund\": \"ESF\"}")
			.statusCode()).isEqualTo(422);

		String lab = id("select id from lab where name = 'Digitale Koproduktion im Handwerk'");
		// due in about 60 days (months end on different days), by the calendar of Berlin as the application counts it
		LocalDate awardedOn = LocalDate.now(ZoneId.of("Europe/Berlin")).plusDays(60).minusMonths(23);
		LocalDate renewsOn = awardedOn.plusMonths(23);
		HttpResponse<String> certification = send(http, "POST", "/api/v1/labs/" + lab + "/certifications", """
				{"name": "Ausbildungsbetrieb %s", "awardedOn": "%s", "validityMonths": 23,
				 "criteria": [{"text": "Ausbilder:in mit AdA-Schein", "met": true, "evidence": "Zeugnis liegt vor"}]}"""
			.formatted(tag, awardedOn));
		assertThat(certification.statusCode()).isEqualTo(201);
		assertThat(certification.body()).contains("\"renewsOn\":\"" + renewsOn + "\"", "Zeugnis liegt vor");
		assertThat(http.get("/api/v1/certifications?dueWithinDays=90", "Authorization", MEMBER).body())
			.contains("Ausbildungsbetrieb " + tag, "Fairtrade-Town");
		assertThat(http.get("/api/v1/certifications?dueWithinDays=30", "Authorization", MEMBER).body())
			.doesNotContain("Ausbildungsbetrieb " + tag);
		HttpResponse<String> tooLong = send(http, "POST", "/api/v1/labs/" + lab + "/certifications",
				"{\"name\": \"Zu lang\", \"awardedOn\": \"2025-01-31\", \"validityMonths\": 241}");
		assertThat(tooLong.statusCode()).isEqualTo(422);
		assertThat(tooLong.body()).contains("\"field\":\"validityMonths\"");

		String megatrend = "{\"nameDe\": \"Künstliche Intelligenz %s\", \"nameEn\": \"Artificial intelligence %s\"}".formatted(tag, tag);
		assertThat(send(http, "POST", "/api/v1/megatrends", megatrend).statusCode()).isEqualTo(403);
		HttpResponse<String> added = http.send("POST", "/api/v1/megatrends", megatrend, "Authorization", ADMIN,
				"Content-Type", "application/json");
		assertThat(added.statusCode()).isEqualTo(201);
		assertThat(added.body()).contains("\"code\":\"artificial-intelligence-" + tag + "\"");
		assertThat(http.send("POST", "/api/v1/funding-programmes", "{\"name\": \"Nein\", \"fund\": \"ESF\", \"notice\": \"n\"}",
				"Authorization", MEMBER, "Content-Type", "application/json").statusCode()).isEqualTo(403);
	}

	private HttpResponse<String> send(LiveHttp http, String method, String path, String json) {
		return http.send(method, path, json, "Authorization", COORDINATOR, "Content-Type", "application/json",
				"Accept-Language", "de");
	}

	private String id(String sql) {
		return jdbc.sql(sql).query(String.class).single();
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}
}
