package org.regiolab.feedback;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import org.regiolab.support.DemoUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Kiosks sending a station's feedback to a RegioLab over HTTP as the capture page does: each kiosk
 * with a device id of its own, each feedback under the id the kiosk gave it, and anything that got
 * no answer sent again later. Counts what RegioLab acknowledged, and how.
 */
final class Kiosks {

	/** A feedback as a kiosk queues it. */
	record Submission(UUID station, UUID id, int rating) {
	}

	private static final Duration ANSWER_WITHIN = Duration.ofSeconds(30);
	private static final int TRIES = 30;
	private static final Duration BETWEEN_TRIES = Duration.ofSeconds(2);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.proxy(HttpClient.Builder.NO_PROXY)
		.build();
	private final JsonMapper json = JsonMapper.builder().build();
	private final String base;
	private final String[] devices;
	private final Set<UUID> acknowledged = ConcurrentHashMap.newKeySet();
	private final Set<UUID> created = ConcurrentHashMap.newKeySet();
	private final Set<UUID> createdTwice = ConcurrentHashMap.newKeySet();
	private final Queue<String> failures = new ConcurrentLinkedQueue<>();
	private final AtomicInteger answers = new AtomicInteger();

	Kiosks(String base, int kiosks) {
		this.base = base;
		this.devices = new String[kiosks];
		for (int i = 0; i < kiosks; i++) {
			devices[i] = UUID.randomUUID().toString();
		}
	}

	/** A new station in the demo world's »intelligent & digital« at JOSEPHS, so that it holds only what is sent here. */
	UUID newStation() throws IOException, InterruptedException {
		String lab = read(coordinator("GET", "/api/v1/labs?q=JOSEPHS", "")).get("items").get(0).get("id").asString();
		String world = null;
		for (JsonNode each : read(coordinator("GET", "/api/v1/labs/" + lab + "/themed-worlds", ""))) {
			if (each.get("title").asString().equals("intelligent & digital")) {
				world = each.get("id").asString();
			}
		}
		HttpResponse<String> station = coordinator("POST", "/api/v1/themed-worlds/" + world + "/stations",
				"{\"name\": \"Absturztest\", \"prototype\": \"Eine Station, deren Server abstürzt\"}");
		if (station.statusCode() != 201) {
			throw new IllegalStateException("No station: " + station.statusCode() + " " + station.body());
		}
		return UUID.fromString(read(station).get("id").asString());
	}

	/** The station's feedback as the summary counts it. */
	long summaryCount(UUID station) throws IOException, InterruptedException {
		return read(coordinator("GET", "/api/v1/stations/" + station + "/feedback/summary", "")).get("count").asLong();
	}

	/** Sends from the queue until it is empty; what gets no 200 or 201 is kept to be sent again. */
	void sendAll(int kiosk, Queue<Submission> queue, Queue<Submission> unacknowledged) {
		Submission next;
		while ((next = queue.poll()) != null) {
			if (send(kiosk, next) != null) {
				unacknowledged.add(next);
			}
		}
	}

	/** Sends each again until it is acknowledged, as a kiosk does once the network is back; gives up after a minute. */
	void sendUntilAcknowledged(int kiosk, Queue<Submission> queue) {
		Submission next;
		while ((next = queue.poll()) != null) {
			String problem = send(kiosk, next);
			for (int tries = 1; problem != null && tries < TRIES; tries++) {
				pause();
				problem = send(kiosk, next);
			}
			if (problem != null) {
				failures.add(next.id() + ": " + problem);
			}
		}
	}

	/** Waits until this many submissions were acknowledged. */
	void awaitAnswers(int count, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (answers.get() < count) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError(answers.get() + " answers instead of " + count + " within " + timeout
						+ "; first failures: " + List.copyOf(failures));
			}
			Thread.sleep(5);
		}
	}

	/** The ids answered with 200 or 201. */
	Set<UUID> acknowledged() {
		return Set.copyOf(acknowledged);
	}

	/** How many ids were answered with 201. */
	int created() {
		return created.size();
	}

	/** The ids answered with 201 more than once, which would mean they were stored more than once. */
	Set<UUID> createdTwice() {
		return Set.copyOf(createdTwice);
	}

	/** Submissions that were never acknowledged, and answers that were wrong. */
	List<String> failures() {
		return List.copyOf(failures);
	}

	/** @return null once acknowledged, else what went wrong */
	private @Nullable String send(int kiosk, Submission submission) {
		String body = """
				{"id": "%s", "rating": %d, "works": "Absturztest", "capturedAt": "2026-11-02T10:00:00+01:00"}"""
			.formatted(submission.id(), submission.rating());
		HttpResponse<String> response;
		try {
			response = http.send(request("POST", "/api/v1/stations/" + submission.station() + "/feedback", body)
				.header("X-Device-Id", devices[kiosk])
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			return ex.toString();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return ex.toString();
		}
		int status = response.statusCode();
		if (status != 200 && status != 201) {
			return status + " " + response.body();
		}
		UUID id = UUID.fromString(read(response).get("id").asString());
		if (!id.equals(submission.id())) {
			failures.add(submission.id() + " answered with " + id);
		}
		if (status == 201 && !created.add(id)) {
			createdTwice.add(id);
		}
		acknowledged.add(id);
		answers.incrementAndGet();
		return null;
	}

	private HttpResponse<String> coordinator(String method, String path, String body)
			throws IOException, InterruptedException {
		return http.send(request(method, path, body).header("Authorization", DemoUser.COORDINATOR.basic()).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String method, String path, String body) {
		return HttpRequest.newBuilder(URI.create(base + path))
			.timeout(ANSWER_WITHIN)
			.header("Content-Type", "application/json")
			.method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
	}

	private JsonNode read(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	private static void pause() {
		try {
			Thread.sleep(BETWEEN_TRIES.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
