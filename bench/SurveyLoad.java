import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Load client of bench/surveys.sh, a closed loop ({@link ClosedLoop}) in one of two modes (MODE):
 * <ul>
 * <li>{@code answers}: each client posts whole responses, one answer to every question of SPEC, through
 * {@code POST /api/v1/survey-responses/{token}}, every request with a token of its own taken from
 * TOKENS (one per line); a target is the range of lines {@code FROM-TO} (1-based, inclusive) that the
 * phase's clients share. Every answer should be 201; a used token answers 200 (counted as existing).
 * <li>{@code results}: each client asks {@code GET /api/v1/surveys/{target}} over and over with the bearer
 * token BEARER; a target is {@code SURVEY/results?QUERY}. The answers are 200 and so counted as
 * existing: the requests per second are existing / seconds.
 * </ul>
 * SPEC is the survey's questions as bench/surveys.sh writes them: {@code key:TYPE:options:rows:other,…}.
 *
 * Usage: MODE=… SPEC=… TOKENS=… BEARER=… java bench/SurveyLoad.java BASE_URL WARMUP_TARGET MEASURED_TARGET CLIENTS WARMUP_S SECONDS
 * Prints one RESULT line per phase (see ClosedLoop).
 */
public class SurveyLoad {

	private static final String[] PHRASES = { "Schnelleres Internet im Gewerbegebiet", "Mehr Parkplätze in der Innenstadt",
			"Fachkräfte für die Pflege finden wir kaum", "Weniger Bürokratie bei Förderanträgen",
			"Bessere Busverbindungen zum Betrieb", "Die Energiekosten belasten uns stark",
			"Wohnraum für Fachkräfte fehlt", "Weiterbildung zur künstlichen Intelligenz gewünscht" };

	private record Question(String key, String type, int options, int rows, boolean other) {
	}

	public static void main(String[] args) throws Exception {
		String mode = System.getenv().getOrDefault("MODE", "answers");
		if (mode.equals("results")) {
			String bearer = "Bearer " + System.getenv("BEARER");
			ClosedLoop.warmUpThenMeasure("SurveyLoad", args, (base, target, phase) -> {
				// the phase in the query tells the access log's lines apart; the API ignores it
				URI uri = URI.create(base + "/api/v1/surveys/" + target + (target.contains("?") ? "&" : "?") + "phase="
						+ URLEncoder.encode(phase + "-" + args[3], StandardCharsets.UTF_8));
				HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(70)).header("Authorization", bearer).GET().build();
				return number -> i -> request;
			});
			return;
		}
		List<Question> questions = new ArrayList<>();
		for (String each : System.getenv("SPEC").split(",")) {
			String[] field = each.split(":");
			questions.add(new Question(field[0], field[1], Integer.parseInt(field[2]), Integer.parseInt(field[3]),
					Boolean.parseBoolean(field[4])));
		}
		List<String> tokens = Files.readAllLines(Path.of(System.getenv("TOKENS")));
		ClosedLoop.warmUpThenMeasure("SurveyLoad", args, (base, range, phase) -> {
			int last = Integer.parseInt(range.substring(range.indexOf('-') + 1));
			AtomicInteger next = new AtomicInteger(Integer.parseInt(range.substring(0, range.indexOf('-'))));
			return number -> {
				Random random = new Random(number * 7919L + phase.hashCode());
				return i -> {
					int line = next.getAndIncrement();
					if (line > last) {
						throw new IllegalStateException("no tokens left in " + range + ": generate more (OPEN)");
					}
					return HttpRequest.newBuilder(URI.create(base + "/api/v1/survey-responses/" + tokens.get(line - 1)))
						.timeout(Duration.ofSeconds(70))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(response(questions, random)))
						.build();
				};
			};
		});
	}

	/** A whole response: an answer to every question, as a person in a hurry would give it. */
	private static String response(List<Question> questions, Random random) {
		StringJoiner answers = new StringJoiner(",", "{\"answers\":{", "}}");
		for (Question question : questions) {
			String answer = switch (question.type()) {
				case "SINGLE_CHOICE" -> "{\"choices\":[" + random.nextInt(question.options()) + "]}";
				case "MULTIPLE_CHOICE" -> {
					StringJoiner picked = new StringJoiner(",", "{\"choices\":[", "]}");
					for (int option = 0; option < question.options(); option++) {
						if (option == 0 || random.nextDouble() < 0.35) {
							picked.add(String.valueOf(option));
						}
					}
					yield picked.toString();
				}
				case "YES_NO" -> "{\"choices\":[" + random.nextInt(2) + "]}";
				case "SCALE" -> "{\"number\":" + random.nextInt(11) + "}";
				case "NUMBER" -> "{\"number\":" + random.nextInt(500) + "}";
				case "MATRIX" -> {
					StringJoiner items = new StringJoiner(",", "{\"items\":{", "}}");
					for (int row = 0; row < question.rows(); row++) {
						items.add("\"" + row + "\":" + random.nextInt(question.options()));
					}
					yield items.toString();
				}
				case "RANKING" -> {
					List<Integer> ranks = new ArrayList<>();
					for (int rank = 1; rank <= question.options(); rank++) {
						ranks.add(rank);
					}
					Collections.shuffle(ranks, random);
					StringJoiner items = new StringJoiner(",", "{\"items\":{", "}}");
					for (int option = 0; option < ranks.size(); option++) {
						items.add("\"" + option + "\":" + ranks.get(option));
					}
					yield items.toString();
				}
				case "SHORT_TEXT" -> "{\"text\":\"" + PHRASES[random.nextInt(PHRASES.length)] + "\"}";
				case "LONG_TEXT" -> "{\"text\":\"" + PHRASES[random.nextInt(PHRASES.length)] + ". "
						+ PHRASES[random.nextInt(PHRASES.length)] + ". Wir würden uns über eine Rückmeldung freuen.\"}";
				default -> throw new IllegalArgumentException("no answer for " + question.type());
			};
			answers.add("\"" + question.key() + "\":" + answer);
		}
		return answers.toString();
	}
}
