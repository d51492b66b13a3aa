package org.regiolab.labs;

import java.net.http.HttpResponse;
import java.util.UUID;

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

/** Measures with their fact sheets through the API; bad input gets a clear error and stores nothing. */
@IntegrationTest
class MeasuresIntegrationTest {

	static final String COORDINATOR = DemoUser.COORDINATOR.basic();
	static final String MEMBER = DemoUser.MEMBER.basic();

	static final String FACHKRAEFTE_MEASURE = """
			{"title": "Möglichkeiten zur Integration von Geflüchteten %s",
			 "activities": ["Verständnis über die Einstellung Geflüchteter verschaffen",
			                "Qualitative Befragung von (Handwerks)Unternehmen (Interviews)"],
			 "coordination": "Amt für Wirtschaftsförderung, später kann wechseln",
			 "financing": "Bottrop2018+ (projektfinanziert)",
			 "actors": ["Sozialamt bzw. Referat Migration", {"name": "Ausländeramt"}],
			 "targetGroups": "(Handwerks-)Unternehmen",
			 "addedValue": ["direkten Einfluss auf kommunales Verwaltungshandeln ausüben", "Unterstützungsangebote mitgestalten"],
			 "results": [{"text": "Interview mit 5 Unternehmen", "date": "2021-11-26"}, {"text": "Netzwerk gegründet", "date": "2022"},
			             {"text": "Unternehmensveranstaltung"}],
			 "outlook": "Über die Projektlaufzeit hinaus soll am NRW-Landesprogramm »Kommunales Integrationsmanagement« angeknüpft werden.",
			 "megatrends": ["demographic-change", "Migration"], "sdgs": [10, 8]}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Test
	void theDemoWorldHoldsBottropsMeasuresAsTheSeedGivesThem() {
		LiveHttp http = new LiveHttp(port);
		String trade = labId("Hybride Formen des Handels");
		HttpResponse<String> measures = http.get("/api/v1/labs/" + trade + "/measures", "Authorization", MEMBER);
		assertThat(measures.statusCode()).isEqualTo(200);
		assertThat(measures.body()).contains("Fairtrade-Town – Auszeichnung und Netzwerk",
				"HalloBot – Onlineplattform und Digitalisierungsangebot", "\"sdgs\":[11,12]", "\"megatrends\":[\"fair-trade\"]",
				"{\"text\":\"Auszeichnung erworben; Übererfüllung der Kriterien (z.B. 17 Akteure in der Steuerungsgruppe statt 3)\",\"date\":\"2021-11-26\"}",
				"Glaubensgemeinschaften");
		assertThat(measures.body().indexOf("Fairtrade-Town")).isLessThan(measures.body().indexOf("HalloBot"));
		assertThat(jdbc.sql("""
				select count(*) from measure m join lab l on l.id = m.lab
				where l.kind = 'REALLABOR' and m.created_by = 'system'""").query(Long.class).single())
			.isEqualTo(4);
	}

	@Test
	void aCoordinatorEntersChangesAndRemovesAMeasureAndEveryChangeIsAudited() {
		LiveHttp http = new LiveHttp(port);
		String lab = labId("Fachkräftesicherung");
		String tag = UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = post(http, "/api/v1/labs/" + lab + "/measures", FACHKRAEFTE_MEASURE.formatted(tag));
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"sdgs\":[8,10]", "\"megatrends\":[\"demographic-change\",\"migration\"]",
				"\"targetGroups\":[\"(Handwerks-)Unternehmen\"]", "\"financing\":[\"Bottrop2018+ (projektfinanziert)\"]",
				"{\"organizationId\":null,\"name\":\"Ausländeramt\"}", "{\"text\":\"Netzwerk gegründet\",\"date\":\"2022\"}",
				"{\"text\":\"Unternehmensveranstaltung\",\"date\":null}", "Kommunales Integrationsmanagement");
		String location = created.headers().firstValue("Location").orElseThrow();

		HttpResponse<String> changed = http.send("PUT", location, "{\"title\": \"Geändert " + tag + "\", \"sdgs\": [17]}",
				"Authorization", COORDINATOR, "Content-Type", "application/json");
		assertThat(changed.statusCode()).isEqualTo(200);
		assertThat(changed.body()).contains("Geändert " + tag, "\"sdgs\":[17]", "\"activities\":[]");

		assertThat(http.send("DELETE", location, "", "Authorization", COORDINATOR).statusCode()).isEqualTo(204);
		assertThat(http.get(location, "Authorization", COORDINATOR).statusCode()).isEqualTo(404);
		String id = location.substring(location.lastIndexOf('/') + 1);
		assertThat(jdbc.sql("select action from audit_event where subject = ? order by id").param("measure:" + id)
			.query(String.class).list()).containsExactly("measure.created", "measure.changed", "measure.deleted");
	}

	@Test
	void anSdg18AResultInTheYear20021AndAnUnknownMegatrendAreRefusedAndNothingIsStored() {
		LiveHttp http = new LiveHttp(port);
		String lab = labId("Fachkräftesicherung");
		long before = measures();

		HttpResponse<String> sdg18 = post(http, "/api/v1/labs/" + lab + "/measures", "{\"title\": \"SDG 18\", \"sdgs\": [8, 18]}");
		assertThat(sdg18.statusCode()).isEqualTo(422);
		assertThat(sdg18.headers().firstValue("Content-Type")).hasValue("application/problem+json");
		assertThat(sdg18.body()).contains("\"field\":\"sdgs[1]\"", "1 bis 17");

		HttpResponse<String> year20021 = post(http, "/api/v1/labs/" + lab + "/measures",
				"{\"title\": \"Zu spät\", \"results\": [{\"text\": \"Ergebnis\", \"date\": \"20021-05-01\"}]}");
		assertThat(year20021.statusCode()).isEqualTo(422);
		assertThat(year20021.body()).contains("\"field\":\"results[0].date\"", "1900");

		HttpResponse<String> impossibleDay = post(http, "/api/v1/labs/" + lab + "/measures",
				"{\"title\": \"Kein Tag\", \"results\": [{\"text\": \"Ergebnis\", \"date\": \"2021-02-30\"}]}");
		assertThat(impossibleDay.statusCode()).isEqualTo(422);
		assertThat(impossibleDay.body()).contains("\"field\":\"results[0].date\"");

		HttpResponse<String> megatrend = post(http, "/api/v1/labs/" + lab + "/measures",
				"{\"title\": \"Trend\", \"megatrends\": [\"Zeitreisen\"]}");
		assertThat(megatrend.statusCode()).isEqualTo(422);
		assertThat(megatrend.body()).contains("\"field\":\"megatrends\"");

		HttpResponse<String> noTitle = post(http, "/api/v1/labs/" + lab + "/measures", "{\"activities\": [\"ohne Titel\"]}");
		assertThat(noTitle.statusCode()).isEqualTo(422);
		assertThat(noTitle.body()).contains("\"field\":\"title\"");

		assertThat(measures()).isEqualTo(before);
	}

	@Test
	void aFiveMegabyteActivityTextIsRefusedBeforeItIsRead() throws Exception {
		String lab = labId("Fachkräftesicherung");
		long before = measures();
		// MockMvc: the JDK 17 HTTP client cannot read an early answer to a body it is still sending
		mvc.perform(MockMvcRequestBuilders.post("/api/v1/labs/" + lab + "/measures")
			.with(SecurityMockMvcRequestPostProcessors.httpBasic(DemoUser.COORDINATOR.email(), DemoUser.COORDINATOR.password()))
			.contentType("application/json")
			.content("{\"title\": \"Riesig\", \"activities\": [\"" + "x".repeat(5 * 1024 * 1024) + "\"]}"))
			.andExpect(MockMvcResultMatchers.status().isContentTooLarge());
		assertThat(measures()).isEqualTo(before);
	}

	@Test
	void aMemberReadsButMayNotChangeMeasures() {
		LiveHttp http = new LiveHttp(port);
		String lab = labId("Fachkräftesicherung");
		assertThat(http.get("/api/v1/labs/" + lab + "/measures", "Authorization", MEMBER).statusCode()).isEqualTo(200);
		HttpResponse<String> refused = http.send("POST", "/api/v1/labs/" + lab + "/measures", "{\"title\": \"Nein\"}",
				"Authorization", MEMBER, "Content-Type", "application/json");
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/labs/" + lab + "/measures").statusCode()).isEqualTo(401);
	}

	private String labId(String name) {
		return jdbc.sql("select id from lab where name = ?").param(name).query(String.class).single();
	}

	private long measures() {
		return jdbc.sql("select count(*) from measure").query(Long.class).single();
	}

	private static HttpResponse<String> post(LiveHttp http, String path, String json) {
		return http.send("POST", path, json, "Authorization", COORDINATOR, "Content-Type", "application/json",
				"Accept-Language", "de");
	}
}
