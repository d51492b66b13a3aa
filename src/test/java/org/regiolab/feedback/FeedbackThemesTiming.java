package org.regiolab.feedback;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A sanity check of speed, not a test and not a benchmark: themes of 5,000 texts of about 100 characters
 * from 2,500 feedback entries, 30 times in a row, printing the median CPU time of the last 20 (after the
 * JIT has warmed up). The aim is well under 200 ms on one core. Run it by hand:
 * <pre>
 * ./mvnw -q test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -cp target/test-classes:target/classes:$(cat target/classpath.txt) org.regiolab.feedback.FeedbackThemesTiming
 * </pre>
 */
final class FeedbackThemesTiming {

	private static final String[] NOUNS = ("Akku Batterie Brille Headset Bedienung Anleitung Erklärung Ton Display "
			+ "Kamera Roboter Station Wartezeit Kinder Preis App Tablet Menü Untertitel Übertragung Führung").split(" ");
	private static final String[] VERBS = ("hält drückt wackelt fehlt ruckelt dauert funktioniert lädt hängt schnell "
			+ "langsam laut leise schwer unklar kompliziert verständlich").split(" ");
	private static final String[] FUNCTION = "Die Der Das ist war sehr gut echt aber und nicht zu noch leider".split(" ");

	public static void main(String[] args) {
		List<FreeText> texts = texts(5_000, new Random(12));
		FeedbackThemes themes = new FeedbackThemes();
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long[] millis = new long[30];
		for (int run = 0; run < millis.length; run++) {
			long start = threads.getCurrentThreadCpuTime();
			themes.find(texts, 20, 3);
			millis[run] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
		}
		long[] warm = Arrays.copyOfRange(millis, 10, millis.length);
		Arrays.sort(warm);
		System.out.printf("%d texts, %d characters: median %d ms CPU (runs: %s)%n", texts.size(),
				texts.stream().mapToInt(text -> text.text().length()).sum(), warm[warm.length / 2], Arrays.toString(millis));
	}

	/** Frequent nouns more often than rare ones, a made-up word in every tenth slot. */
	private static List<FreeText> texts(int count, Random random) {
		List<FreeText> texts = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			StringBuilder text = new StringBuilder();
			while (text.length() < 100) {
				int slot = random.nextInt(10);
				if (slot < 3) {
					text.append(NOUNS[Math.min(NOUNS.length - 1, (int) Math.abs(random.nextGaussian() * 6))]);
				}
				else if (slot < 5) {
					text.append(VERBS[random.nextInt(VERBS.length)]);
				}
				else if (slot < 6) {
					text.append((char) ('A' + random.nextInt(26))).append(Integer.toString(random.nextInt(1 << 20), 36));
				}
				else {
					text.append(FUNCTION[random.nextInt(FUNCTION.length)]);
				}
				text.append(random.nextInt(8) == 0 ? ". " : " ");
			}
			texts.add(new FreeText(new UUID(12, i / 2), text.toString().strip()));
		}
		return texts;
	}
}
