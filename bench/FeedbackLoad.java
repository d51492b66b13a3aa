import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

/**
 * Load client of bench/feedback-ingest.sh: CLIENTS kiosks send visitors' feedback in a closed loop
 * ({@link ClosedLoop}), each with a device id of its own ({@code X-Device-Id}) and a new feedback id
 * for every request, so every answer should be 201; first a warm-up phase against one station, then
 * the measured phase against another. The feedback is a typical one: a rating, one short text and
 * the answer to the station's single-choice question {@code nutzung}.
 *
 * Usage: java bench/FeedbackLoad.java BASE_URL WARMUP_STATION MEASURED_STATION CLIENTS WARMUP_S SECONDS
 * Prints one RESULT line per phase (see ClosedLoop).
 */
public class FeedbackLoad {

	private static final String[] USAGE = { "Ja", "Vielleicht", "Nein" };

	public static void main(String[] args) throws Exception {
		String capturedAt = OffsetDateTime.now(ZoneId.of("Europe/Berlin")).minusMinutes(5).toString();
		ClosedLoop.warmUpThenMeasure("FeedbackLoad", args, (base, station, phase) -> {
			URI uri = URI.create(base + "/api/v1/stations/" + station + "/feedback");
			return number -> {
				String device = UUID.randomUUID().toString();
				return i -> {
					String body = """
							{"id":"%s","rating":%d,"works":"Lasttest: Kiosk %d, Rückmeldung %d","answers":{"nutzung":"%s"},"capturedAt":"%s"}"""
						.formatted(UUID.randomUUID(), 1 + i % 5, number, i, USAGE[i % USAGE.length], capturedAt);
					return HttpRequest.newBuilder(uri)
						.timeout(Duration.ofSeconds(70))
						.header("Content-Type", "application/json")
						.header("X-Device-Id", device)
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build();
				};
			};
		});
	}
}
