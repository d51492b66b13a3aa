import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * Load client of bench/registrations.sh: CLIENTS clients register anonymously in a closed loop
 * ({@link ClosedLoop}), every request with a new email; first a warm-up phase against one event,
 * then the measured phase against another. A 200 answer (a repeated email) is not expected.
 *
 * Usage: java bench/RegistrationLoad.java BASE_URL WARMUP_EVENT MEASURED_EVENT CLIENTS WARMUP_S SECONDS
 * Prints one RESULT line per phase (see ClosedLoop).
 */
public class RegistrationLoad {

	public static void main(String[] args) throws Exception {
		ClosedLoop.warmUpThenMeasure("RegistrationLoad", args, (base, event, phase) -> {
			URI uri = URI.create(base + "/api/v1/events/" + event + "/registrations");
			return number -> i -> {
				String client = phase + "-" + number;
				String body = """
						{"givenName":"Bench","familyName":"Client %s","email":"bench-%s-%d@example.org","consentToContact":true}"""
					.formatted(client, client, i);
				return HttpRequest.newBuilder(uri)
					.timeout(Duration.ofSeconds(70))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build();
			};
		});
	}
}
