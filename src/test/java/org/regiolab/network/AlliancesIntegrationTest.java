package org.regiolab.network;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Alliances: their strategy, regions and bodies; a members-only area that only members and
 * coordinators open, through the web and the API alike; files checked by their content.
 */
@IntegrationTest
class AlliancesIntegrationTest {

	static final RequestPostProcessor MEMBER = user("mitglied@demo.regiolab.example").roles("MEMBER");
	static final RequestPostProcessor COORDINATOR = user("koordination@demo.regiolab.example").roles("COORDINATOR");
	static final String MEMBER_API = DemoUser.MEMBER.basic();
	static final String COORDINATOR_API = DemoUser.COORDINATOR.basic();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void theMetropolregionShowsItsVisionGroundRulesBodiesAnd34Regions() throws Exception {
		mvc.perform(get("/network/alliances/{id}", alliance("Metropolregion Nürnberg")).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Heimat für Kreative"), containsString("Augenhöhe"),
					containsString("Steuerungskreis"), containsString("Regionen (34)"), containsString("Sonneberg (16072)"))));
	}

	@Test
	void aMemberOfOneAllianceCannotOpenAnothersMembersArea() throws Exception {
		mvc.perform(get("/network/alliances/{id}/area", alliance("Wirtschaftsallianz Bottrop")).with(MEMBER))
			.andExpect(status().isOk());
		mvc.perform(get("/network/alliances/{id}/area", alliance("Regionale Industrieinitiativen")).with(MEMBER))
			.andExpect(status().isForbidden());
		LiveHttp http = new LiveHttp(port);
		assertThat(http.get("/api/v1/alliances/" + alliance("Wirtschaftsallianz Bottrop") + "/area", "Authorization",
				MEMBER_API).statusCode()).isEqualTo(200);
		HttpResponse<String> refused = http.get("/api/v1/alliances/" + alliance("Regionale Industrieinitiativen") + "/area",
				"Authorization", MEMBER_API);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).doesNotContain("Creative Lab");
		assertThat(http.get("/api/v1/alliances/" + alliance("Regionale Industrieinitiativen") + "/area", "Authorization",
				COORDINATOR_API).body()).contains("Veranstaltungsberichte: Creative Labs 2023");
	}

	@Test
	void onlyCoordinatorsWriteAndFilesAreCheckedByTheirContent() throws Exception {
		UUID bottrop = alliance("Wirtschaftsallianz Bottrop");
		mvc.perform(post("/network/alliances/{id}/area/pages", bottrop).with(csrf()).with(MEMBER)
				.param("title", "Von einem Mitglied").param("body", "Nicht erlaubt"))
			.andExpect(status().isForbidden());

		byte[] pdf = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(StandardCharsets.US_ASCII);
		mvc.perform(multipart("/network/alliances/{id}/area/files", bottrop)
				.file(new MockMultipartFile("file", "Protokoll Steuerungsgruppe.pdf", "application/pdf", pdf))
				.with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("fileAdded", true));
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10 };
		mvc.perform(multipart("/network/alliances/{id}/area/files", bottrop)
				.file(new MockMultipartFile("file", "getarnt.pdf", "application/pdf", png))
				.with(csrf()).with(COORDINATOR))
			.andExpect(flash().attribute("fileError", "network.file.type"));

		UUID file = jdbc.sql("select id from alliance_file where name = 'Protokoll Steuerungsgruppe.pdf'").query(UUID.class).single();
		mvc.perform(get("/network/alliances/{id}/area/files/{file}", bottrop, file).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().bytes(pdf));
		assertThat(jdbc.sql("select count(*) from alliance_file where name = 'getarnt.pdf'").query(Long.class).single()).isZero();
	}

	@Test
	void theApiCreatesAnAllianceWithRegionsAndMembersAndRefusesUnknownRegions() {
		LiveHttp http = new LiveHttp(port);
		HttpResponse<String> unknown = http.send("POST", "/api/v1/alliances",
				"{\"name\": \"Bündnis Nirgendwo\", \"kind\": \"OTHER\", \"regionKeys\": [\"99999\"]}", "Authorization",
				COORDINATOR_API, "Content-Type", "application/json");
		assertThat(unknown.statusCode()).isEqualTo(422);
		assertThat(unknown.body()).contains("\"field\":\"regionKey\"");
		assertThat(jdbc.sql("select count(*) from alliance where name = 'Bündnis Nirgendwo'").query(Long.class).single()).isZero();

		String name = "Bündnis Emscher-Lippe " + UUID.randomUUID();
		HttpResponse<String> created = http.send("POST", "/api/v1/alliances", """
				{"name": "%s", "kind": "BUSINESS_ALLIANCE", "regionKeys": ["05512", "05513"],
				 "vision": "Gemeinsam stark", "goals": ["Fachkräfte sichern"], "groundRules": ["Freiwilligkeit"]}"""
			.formatted(name), "Authorization", COORDINATOR_API, "Content-Type", "application/json");
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("Gelsenkirchen", "Fachkräfte sichern");
		String id = created.headers().firstValue("Location").orElseThrow().replace("/api/v1/alliances/", "");
		String organisation = jdbc.sql("select id from organisation where name = 'Stadt Bottrop'").query(String.class).single();
		HttpResponse<String> member = http.send("POST", "/api/v1/alliances/" + id + "/members",
				"{\"organizationId\": \"" + organisation + "\", \"role\": \"MEMBER\"}", "Authorization", COORDINATOR_API,
				"Content-Type", "application/json");
		assertThat(member.statusCode()).isEqualTo(201);
		assertThat(http.get("/api/v1/alliances/" + id + "/members", "Authorization", MEMBER_API).body())
			.contains("Stadt Bottrop", "\"role\":\"MEMBER\"");
	}

	@Test
	void aCoordinatorCreatesAnAllianceWithItsRegionsInTheForm() throws Exception {
		String name = "Werkstattbündnis " + UUID.randomUUID().toString().substring(0, 6);
		String location = createInTheForm(name);
		UUID id = alliance(name);
		assertThat(location).endsWith(id.toString());
		mvc.perform(get("/network/alliances/{id}", id).with(MEMBER))
			.andExpect(content().string(allOf(containsString("Betriebe vernetzen"), containsString("Gelsenkirchen (05513)"))));
	}

	@Test
	void aCoordinatorAddsAMemberOrganisationWithItsRoleInTheForm() throws Exception {
		String name = "Mitgliederbündnis " + UUID.randomUUID().toString().substring(0, 6);
		createInTheForm(name);
		UUID id = alliance(name);
		mvc.perform(post("/network/alliances/{id}/members", id).with(csrf()).with(COORDINATOR)
				.param("organizationId", jdbc.sql("select id from organisation where name = 'Stadt Bottrop'").query(String.class).single())
				.param("role", "OFFICE").param("since", "2026-01-01"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/network/alliances/{id}", id).with(MEMBER))
			.andExpect(content().string(allOf(containsString("Stadt Bottrop"), containsString("(Geschäftsstelle)"))));
	}

	@Test
	void aMemberMayNotOpenTheFormForANewAlliance() throws Exception {
		mvc.perform(get("/network/alliances/new").with(MEMBER)).andExpect(status().isForbidden());
	}

	@Test
	void anAllianceWithoutANameIsRefusedNextToTheField() throws Exception {
		mvc.perform(post("/network/alliances").with(csrf()).with(COORDINATOR).param("name", "").param("kind", "OTHER"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bitte füllen Sie dieses Feld aus.")));
	}

	private String createInTheForm(String name) throws Exception {
		return mvc.perform(post("/network/alliances").with(csrf()).with(COORDINATOR)
				.param("name", name).param("kind", "BUSINESS_ALLIANCE").param("goals", "Fachkräfte halten\nBetriebe vernetzen")
				.param("regionKeys", "05512", "05513"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
	}

	private UUID alliance(String name) {
		return jdbc.sql("select id from alliance where name = ?").param(name).query(UUID.class).single();
	}
}
