package org.regiolab.feedback;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabList;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;
import org.regiolab.support.TestMailServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Feedback through the API as kiosks, visitors' phones and the lab team use it: stored once however
 * often it is sent, refused whole when it is wrong, summed up without what the team hid.
 */
@IntegrationTest
class FeedbackApiIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LabList labs;

	@Autowired
	NetworkDirectory network;

	@Autowired
	JsonMapper json;

	LiveHttp http;
	UUID world;
	UUID company;
	UUID station;

	@BeforeEach
	void aThemedWorldWithAStation() {
		http = new LiveHttp(port);
		UUID lab = labs.find(new LabList.LabFilter("JOSEPHS", LabKind.INNOVATION_LAB, null), 0, 1).items().get(0).id();
		company = network.organisationNamed("Demo VR Studio GmbH").orElseThrow();
		HttpResponse<String> created = send(DemoUser.COORDINATOR, "POST", "/api/v1/labs/" + lab + "/themed-worlds", """
				{"title": "mobil & vernetzt %s", "description": "Mobilität von morgen", "startsOn": "2026-11-01",
				 "endsOn": "2026-11-30", "reportNotice": "Erhoben im JOSEPHS."}""".formatted(UUID.randomUUID()));
		assertThat(created.statusCode()).isEqualTo(201);
		world = UUID.fromString(read(created).get("id").asString());
		HttpResponse<String> island = send(DemoUser.COORDINATOR, "POST", "/api/v1/themed-worlds/" + world + "/stations", """
				{"name": "E-Lastenrad", "prototype": "Ein Lastenrad mit Wechselakku", "organizationId": "%s",
				 "questions": [{"key": "nutzung", "text": "Würden Sie es nutzen?", "kind": "SINGLE_CHOICE",
				                "options": ["Ja", "Vielleicht", "Nein"]}],
				 "systemUsabilityScale": true}""".formatted(company));
		assertThat(island.statusCode()).as(island.body()).isEqualTo(201);
		station = UUID.fromString(read(island).get("id").asString());
		assertThat(read(island).get("questions")).hasSize(11);
		assertThat(read(island).get("feedbackUrl").asString()).endsWith("/stations/" + station + "/feedback");
	}

	@Test
	void aFeedbackSentTwiceIsStoredOnceAndAnsweredWithTheSameRecord() {
		UUID id = UUID.randomUUID();
		String body = feedback(id, 4, "Fährt sich leicht", "Der Akku ist zu schwer", null,
				Map.of("nutzung", "Ja", "sus-1", 4));

		HttpResponse<String> first = submit(body);
		HttpResponse<String> again = submit(body);

		assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
		assertThat(first.headers().firstValue("Location")).hasValue("/api/v1/feedback/" + id);
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(read(again)).isEqualTo(read(first));
		assertThat(read(first).has("hidden")).as("moderation stays with the lab team").isFalse();
		assertThat(stored()).isEqualTo(1);
	}

	@Test
	void manyDevicesSendingEverythingTwiceAtOnceStoreEachFeedbackExactlyOnce() throws Exception {
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			ids.add(UUID.randomUUID());
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		List<Future<Integer>> answers = new ArrayList<>();
		for (UUID id : ids) {
			for (int copy = 0; copy < 2; copy++) {
				String body = feedback(id, 1 + Math.floorMod(id.hashCode(), 5), "Gut", null, null, Map.of());
				answers.add(pool.submit(() -> http.send("POST", "/api/v1/stations/" + station + "/feedback", body,
						"Content-Type", "application/json", "X-Device-Id", id.toString()).statusCode()));
			}
		}
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> answer : answers) {
			statuses.add(answer.get());
		}
		pool.shutdown();

		assertThat(statuses).containsOnly(200, 201);
		assertThat(statuses.stream().filter(s -> s == 201)).hasSize(100);
		assertThat(stored()).isEqualTo(100);
	}

	@Test
	void anIdTakenByAnotherStationsFeedbackIsRefused() {
		HttpResponse<String> other = send(DemoUser.COORDINATOR, "POST", "/api/v1/themed-worlds/" + world + "/stations",
				"{\"name\": \"Nachbarinsel\"}");
		UUID id = UUID.randomUUID();
		String body = feedback(id, 4, null, null, null, Map.of());
		assertThat(http.send("POST", "/api/v1/stations/" + read(other).get("id").asString() + "/feedback", body,
				"Content-Type", "application/json").statusCode()).isEqualTo(201);

		assertThat(fieldOf(submit(body))).isEqualTo("id");
		assertThat(stored()).isZero();
	}

	@Test
	void aChangedQuestionCountsFromTheNextFeedbackOn() {
		assertThat(fieldOf(submit(feedback(UUID.randomUUID(), 3, null, null, null, Map.of("farbe", "rot")))))
			.isEqualTo("answers.farbe");
		HttpResponse<String> changed = send(DemoUser.COORDINATOR, "PUT", "/api/v1/stations/" + station, """
				{"name": "E-Lastenrad", "questions": [{"key": "farbe", "text": "Welche Farbe?", "kind": "SINGLE_CHOICE",
				                                     "options": ["rot", "blau"]}]}""");
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);

		assertThat(submit(feedback(UUID.randomUUID(), 3, null, null, null, Map.of("farbe", "rot"))).statusCode())
			.isEqualTo(201);
		assertThat(fieldOf(submit(feedback(UUID.randomUUID(), 3, null, null, null, Map.of("nutzung", "Ja")))))
			.isEqualTo("answers.nutzung");
	}

	@Test
	void badFeedbackIsRefusedWholeAndStoresNothing() {
		assertThat(fieldOf(submit(feedback(UUID.randomUUID(), 0, null, null, null, Map.of())))).isEqualTo("rating");
		assertThat(fieldOf(submit(feedback(UUID.randomUUID(), 6, null, null, null, Map.of())))).isEqualTo("rating");
		assertThat(fieldOf(submit("{\"id\": \"not-a-uuid\", \"rating\": 3, \"capturedAt\": \"2026-11-02T10:00:00+01:00\"}")))
			.isEqualTo("id");
		assertThat(fieldOf(submit(feedback(UUID.randomUUID(), 3, null, null, null, Map.of("farbe", "rot")))))
			.isEqualTo("answers.farbe");
		assertThat(fieldOf(submit(feedback(UUID.randomUUID(), 3, null, null, null, Map.of("nutzung", "Morgen")))))
			.isEqualTo("answers.nutzung");
		assertThat(fieldOf(submit(feedback(UUID.randomUUID(), 3, null, null, null, Map.of("sus-2", 9)))))
			.isEqualTo("answers.sus-2");
		assertThat(fieldOf(submit(feedback(UUID.randomUUID(), 3, "x".repeat(5001), null, null, Map.of()))))
			.isEqualTo("works");
		String future = feedback(UUID.randomUUID(), 3, null, null, null, Map.of())
			.replace("2026-11-02T10:00:00+01:00", OffsetDateTime.now().plusDays(3).toString());
		assertThat(fieldOf(submit(future))).isEqualTo("capturedAt");

		HttpResponse<String> huge = submit(feedback(UUID.randomUUID(), 3, "x".repeat(1_100_000), null, null, Map.of()));
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.headers().firstValue("Content-Type")).hasValue("application/problem+json");

		HttpResponse<String> nowhere = http.send("POST", "/api/v1/stations/" + UUID.randomUUID() + "/feedback",
				feedback(UUID.randomUUID(), 3, null, null, null, Map.of()), "Content-Type", "application/json");
		assertThat(nowhere.statusCode()).isEqualTo(404);
		assertThat(stored()).isZero();
	}

	@Test
	void aBotThatFillsTheHiddenFieldIsAnsweredButNothingIsStored() {
		String body = feedback(UUID.randomUUID(), 5, "Kaufen Sie billige Uhren", null, null, Map.of())
			.replace("\"rating\"", "\"homepage\": \"https://spam.example\", \"rating\"");

		assertThat(submit(body).statusCode()).isEqualTo(202);
		assertThat(stored()).isZero();
	}

	@Test
	void aDeviceThatSendsTooMuchIsAskedToWaitAndOtherDevicesAreNot() {
		String device = UUID.randomUUID().toString();
		int accepted = 0;
		HttpResponse<String> last = null;
		for (int i = 0; i < 260 && (last == null || last.statusCode() != 429); i++) {
			last = http.send("POST", "/api/v1/stations/" + station + "/feedback",
					feedback(UUID.randomUUID(), 3, null, null, null, Map.of()), "Content-Type", "application/json",
					"X-Device-Id", device);
			accepted += last.statusCode() == 201 ? 1 : 0;
		}

		assertThat(last.statusCode()).isEqualTo(429);
		assertThat(last.headers().firstValue("Retry-After")).hasValue("60");
		assertThat(accepted).isBetween(200, 210);
		assertThat(http.send("POST", "/api/v1/stations/" + station + "/feedback",
				feedback(UUID.randomUUID(), 3, null, null, null, Map.of()), "Content-Type", "application/json",
				"X-Device-Id", UUID.randomUUID().toString()).statusCode()).isEqualTo(201);
	}

	@Test
	void theSummaryScoresTheSystemUsabilityScaleFromTheFeedbackThatRatedAllTenStatements() {
		Map<String, Object> best = new HashMap<>();
		Map<String, Object> middle = new HashMap<>();
		for (int item = 1; item <= 10; item++) {
			best.put("sus-" + item, item % 2 == 1 ? 5 : 1);
			middle.put("sus-" + item, 3);
		}
		submit(feedback(UUID.randomUUID(), 5, null, null, null, best));
		submit(feedback(UUID.randomUUID(), 3, null, null, null, middle));
		submit(feedback(UUID.randomUUID(), 1, null, null, null, Map.of("sus-1", 1)));

		JsonNode summary = read(send(DemoUser.COORDINATOR, "GET", "/api/v1/stations/" + station + "/feedback/summary", ""));
		assertThat(summary.get("usabilityScore").asDouble()).as("(100 + 50) / 2; the third rated one statement").isEqualTo(75.0);
	}

	@Test
	void theSummaryCountsRatingsAndAnswersAndLeavesOutWhatTheLabTeamHid() {
		submit(feedback(UUID.randomUUID(), 5, "Fährt sich leicht", null, null, Map.of("nutzung", "Ja", "sus-1", 5)));
		submit(feedback(UUID.randomUUID(), 4, null, "Der Akku ist schwer", null, Map.of("nutzung", "Ja", "sus-1", 4)));
		submit(feedback(UUID.randomUUID(), 2, null, "Der Akku hält nicht lange", null, Map.of("nutzung", "Nein")));
		UUID abusive = UUID.randomUUID();
		submit(feedback(abusive, 1, "Akku Mist, Beleidigung", null, null, Map.of("nutzung", "Nein")));

		HttpResponse<String> hidden = send(DemoUser.COORDINATOR, "PUT", "/api/v1/feedback/" + abusive + "/moderation",
				"{\"hidden\": true, \"themes\": [\"Beleidigung\"]}");
		assertThat(hidden.statusCode()).isEqualTo(200);
		assertThat(read(hidden).get("hidden").asBoolean()).isTrue();

		JsonNode summary = read(send(DemoUser.COORDINATOR, "GET", "/api/v1/stations/" + station + "/feedback/summary", ""));
		assertThat(summary.get("count").asInt()).isEqualTo(3);
		assertThat(summary.get("ratingHistogram").toString()).isEqualTo("{\"1\":0,\"2\":1,\"3\":0,\"4\":1,\"5\":1}");
		assertThat(summary.get("averageRating").asDouble()).isEqualTo(11 / 3.0);
		JsonNode usage = summary.get("questions").get(0);
		assertThat(usage.get("key").asString()).isEqualTo("nutzung");
		assertThat(usage.get("counts").toString()).isEqualTo("{\"Ja\":2,\"Vielleicht\":0,\"Nein\":1}");
		JsonNode sus = summary.get("questions").get(1);
		assertThat(sus.get("average").asDouble()).isEqualTo(4.5);
		JsonNode theme = summary.get("themes").get(0);
		assertThat(theme.get("term").asString()).isEqualTo("Akku");
		assertThat(theme.get("count").asInt()).as("not the hidden one").isEqualTo(2);
		assertThat(theme.get("examples").toString()).contains("Der Akku hält nicht lange").doesNotContain("Mist");

		JsonNode list = read(send(DemoUser.COORDINATOR, "GET",
				"/api/v1/stations/" + station + "/feedback?visibility=HIDDEN", ""));
		assertThat(list.get("total").asInt()).isEqualTo(1);
		assertThat(list.get("items").get(0).get("themes").get(0).asString()).isEqualTo("beleidigung");

		JsonNode company = read(send(DemoUser.COORDINATOR, "GET", "/api/v1/themed-worlds/" + world
				+ "/feedback/summary?organizationId=" + this.company, ""));
		assertThat(company.get("count").asInt()).isEqualTo(3);
		JsonNode before = read(send(DemoUser.COORDINATOR, "GET", "/api/v1/stations/" + station
				+ "/feedback/summary?to=2026-11-01", ""));
		assertThat(before.get("count").asInt()).as("captured on 2 November").isZero();
	}

	@Test
	void theCompanyReportIsATaggedPdfOfItsStationsAndGoesOutByMail() throws Exception {
		submit(feedback(UUID.randomUUID(), 5, "Fährt sich leicht", null, null, Map.of("nutzung", "Ja")));
		HttpResponse<byte[]> pdf = http.getBytes("/api/v1/themed-worlds/" + world + "/reports/" + company + ".pdf",
				"Authorization", DemoUser.COORDINATOR.basic());
		assertThat(pdf.statusCode()).isEqualTo(200);
		assertThat(pdf.headers().firstValue("Content-Disposition").orElseThrow()).contains(".pdf");
		try (PDDocument document = Loader.loadPDF(pdf.body())) {
			assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("de");
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Besucherrückmeldungen für Demo VR Studio GmbH", "Station: E-Lastenrad",
					"Ein Lastenrad mit Wechselakku", "Würden Sie es nutzen?", "Erhoben im JOSEPHS.");
		}
		assertThat(http.getBytes("/api/v1/themed-worlds/" + world + "/reports/" + UUID.randomUUID() + ".pdf",
				"Authorization", DemoUser.COORDINATOR.basic()).statusCode()).isEqualTo(404);

		String to = "innovation-" + UUID.randomUUID() + "@vr-studio.example";
		assertThat(send(DemoUser.COORDINATOR, "POST", "/api/v1/themed-worlds/" + world + "/reports/" + company + "/mail",
				"{\"to\": \"" + to + "\"}").statusCode()).isEqualTo(202);
		MimeMessage mail = await().until(() -> TestMailServer.receivedBy(to), received -> received.size() == 1).get(0);
		assertThat(mail.getSubject()).startsWith("Besucherrückmeldungen: mobil & vernetzt");
		Part attachment = pdfIn(mail);
		try (InputStream in = attachment.getInputStream(); PDDocument document = Loader.loadPDF(in.readAllBytes())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Station: E-Lastenrad");
		}
	}

	@Test
	void membersReadThemedWorldsButNeitherChangeThemNorReadTheFeedback() {
		assertThat(send(DemoUser.MEMBER, "GET", "/api/v1/themed-worlds/" + world + "/stations", "").statusCode())
			.isEqualTo(200);
		assertThat(send(DemoUser.MEMBER, "GET", "/api/v1/stations/" + station + "/feedback/summary", "").statusCode())
			.isEqualTo(403);
		assertThat(send(DemoUser.MEMBER, "PUT", "/api/v1/themed-worlds/" + world, """
				{"title": "x", "startsOn": "2026-11-01", "endsOn": "2026-11-30"}""").statusCode()).isEqualTo(403);
		assertThat(http.get("/api/v1/stations/" + station + "/feedback/summary").statusCode()).isEqualTo(401);
	}

	@Test
	void aThemedWorldEndsAfterItStartsAndAStationNamesARegisteredCompany() {
		HttpResponse<String> backwards = send(DemoUser.COORDINATOR, "PUT", "/api/v1/themed-worlds/" + world, """
				{"title": "rückwärts", "startsOn": "2026-11-30", "endsOn": "2026-11-01"}""");
		assertThat(fieldOf(backwards)).isEqualTo("endsOn");
		HttpResponse<String> stranger = send(DemoUser.COORDINATOR, "POST", "/api/v1/themed-worlds/" + world + "/stations",
				"{\"name\": \"Insel\", \"organizationId\": \"" + UUID.randomUUID() + "\"}");
		assertThat(fieldOf(stranger)).isEqualTo("organizationId");
		HttpResponse<String> badScale = send(DemoUser.COORDINATOR, "POST", "/api/v1/themed-worlds/" + world + "/stations", """
				{"name": "Insel", "questions": [{"key": "laerm", "text": "Wie laut?", "kind": "SCALE", "min": 5, "max": 1}]}""");
		assertThat(fieldOf(badScale)).isEqualTo("questions[0].max");
		assertThat(read(send(DemoUser.COORDINATOR, "GET", "/api/v1/themed-worlds/" + world, "")).get("title").asString())
			.startsWith("mobil & vernetzt");
	}

	@Test
	void theQrCodeLeadsToTheStationsFeedbackPage() {
		HttpResponse<String> svg = send(DemoUser.COORDINATOR, "GET", "/api/v1/stations/" + station + "/qr.svg", "");
		assertThat(svg.statusCode()).isEqualTo(200);
		assertThat(svg.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/svg+xml");
		assertThat(svg.body()).startsWith("<svg").contains("<title id=\"qr-title\">E-Lastenrad</title>");
		HttpResponse<byte[]> png = http.getBytes("/api/v1/stations/" + station + "/qr.png", "Authorization",
				DemoUser.COORDINATOR.basic());
		assertThat(png.statusCode()).isEqualTo(200);
		assertThat(new String(png.body(), 1, 3)).isEqualTo("PNG");
		assertThat(QrCodes.decode(png.body())).endsWith("/stations/" + station + "/feedback");
	}

	@Test
	void theOpenApiDocumentListsEveryFeedbackPath() {
		String document = http.get("/v3/api-docs").body();
		assertThat(List.of("/api/v1/labs/{id}/themed-worlds", "/api/v1/themed-worlds/{id}", "/api/v1/themed-worlds/{id}/stations",
				"/api/v1/stations/{id}", "/api/v1/stations/{id}/qr.svg", "/api/v1/stations/{id}/qr.png",
				"/api/v1/stations/{id}/feedback", "/api/v1/feedback/{id}/moderation", "/api/v1/stations/{id}/feedback/summary",
				"/api/v1/themed-worlds/{id}/feedback/summary", "/api/v1/themed-worlds/{id}/reports/{organizationId}.pdf",
				"/api/v1/themed-worlds/{id}/reports/{organizationId}/mail"))
			.allSatisfy(path -> assertThat(document).contains("\"" + path + "\":{"));
	}

	private static Part pdfIn(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			if (parts.getBodyPart(i).isMimeType("application/pdf")) {
				return parts.getBodyPart(i);
			}
		}
		throw new AssertionError("No PDF attached to " + mail.getSubject());
	}

	private long stored() {
		return jdbc.sql("select count(*) from feedback where station = ?").param(station).query(Long.class).single();
	}

	private HttpResponse<String> submit(String body) {
		return http.send("POST", "/api/v1/stations/" + station + "/feedback", body, "Content-Type", "application/json",
				"X-Device-Id", UUID.randomUUID().toString());
	}

	private HttpResponse<String> send(DemoUser user, String method, String path, String body) {
		return http.send(method, path, body, "Authorization", user.basic(), "Content-Type", "application/json");
	}

	private String feedback(UUID id, int rating, String works, String improvements, String ideas,
			Map<String, Object> answers) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("id", id.toString());
		body.put("rating", rating);
		body.put("works", works);
		body.put("improvements", improvements);
		body.put("ideas", ideas);
		body.put("answers", answers);
		body.put("capturedAt", "2026-11-02T10:00:00+01:00");
		return json.writeValueAsString(body);
	}

	private String fieldOf(HttpResponse<String> problem) {
		assertThat(problem.statusCode()).as(problem.body()).isEqualTo(422);
		return read(problem).get("errors").get(0).get("field").asString();
	}

	private JsonNode read(HttpResponse<String> response) {
		return json.readTree(response.body());
	}
}
