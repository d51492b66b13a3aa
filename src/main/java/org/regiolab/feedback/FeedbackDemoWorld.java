package org.regiolab.feedback;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabList;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.OrganisationData;
import org.regiolab.network.OrganisationKind;
import org.regiolab.network.OrganisationRegistry;
import org.regiolab.platform.DemoWorldPart;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.stereotype.Component;

/**
 * JOSEPHS' themed world »intelligent & digital« of December 2018 with its five research islands.
 * The seed names three islands (AI in the working world, the virtual Kongresshalle, the interactive
 * football broadcast); the other two, every company behind them and all feedback are invented and
 * marked as such. The feedback is drawn from a fixed seed, so every demo world reads the same.
 */
@Component
class FeedbackDemoWorld implements DemoWorldPart {

	static final String LAB = "JOSEPHS";
	static final String WORLD = "intelligent & digital";
	static final int FEEDBACK_PER_STATION = 60;
	private static final String INVENTED = "Erfundenes Demo-Beispiel für eine Forschungsinsel im JOSEPHS.";

	/** An island and what its invented visitors say: the ratings they lean to and the sentences they write. */
	record Island(String name, String prototype, String company, String sector, List<StationQuestion> questions,
			int[] ratingWeights, List<String> works, List<String> improvements, List<String> ideas) {
	}

	static final List<Island> ISLANDS = List.of(
			new Island("KI in der Arbeitswelt",
					"Interaktive Programme zeigen, wie künstliche Intelligenz das Arbeitsleben der Zukunft verändert.",
					"Beispiel KI-Werkstatt GmbH", "62",
					List.of(new StationQuestion("beruf", "Arbeiten Sie selbst mit KI?", QuestionKind.SINGLE_CHOICE,
							List.of("Täglich", "Manchmal", "Noch nie"), null, null)),
					new int[] { 1, 2, 6, 9, 5 },
					List.of("Die Beispiele aus dem Büroalltag sind sehr anschaulich.", "Spannend, wie die KI Texte zusammenfasst.",
							"Die Erklärungen zur KI sind verständlich.", "Man kann alles selbst ausprobieren."),
					List.of("Die Erklärungen sind teils zu technisch.", "Mehr Beispiele aus dem Handwerk wären gut.",
							"Die Bildschirme reagieren langsam.", "Die Touchscreens reagieren verzögert.",
							"Datenschutz wird zu wenig erklärt."),
					List.of("Eine KI, die Schichtpläne vorschlägt.", "Beispiele aus der Pflege zeigen.",
							"Datenschutz bei KI im Betrieb erklären.")),
			new Island("Virtuelle Kongresshalle",
					"Mit Virtual-Reality-Brillen einen Nachbau der Nürnberger Kongresshalle begehen.",
					"Demo VR Studio GmbH", "59",
					List.of(),
					new int[] { 1, 2, 4, 8, 9 },
					List.of("Die Kongresshalle wirkt in der VR-Brille beeindruckend echt.", "Die Führung durch die Halle ist toll gemacht.",
							"Man bekommt ein Gefühl für die Größe des Baus."),
					List.of("Der Akku der Brille war schnell leer.", "Die Akkulaufzeit ist zu kurz.",
							"Die Batterie hält nicht lange genug.", "Die VR-Brille drückt auf der Nase.",
							"Die Brille ist zu schwer.", "Mir wurde nach kurzer Zeit schwindelig."),
					List.of("Eine Führung mit Stimmen von Zeitzeugen.", "Die Halle auch im Bauzustand zeigen.",
							"Mehrere Besucher gemeinsam durch die Halle führen.")),
			new Island("Interaktive Fußballübertragung",
					"Auf der Sportinsel neue, interaktive Übertragungen von Fußballspielen erproben.",
					"Muster Sportmedien GmbH", "60",
					List.of(new StationQuestion("kamera", "Welche Ansicht hat Ihnen am besten gefallen?",
							QuestionKind.SINGLE_CHOICE, List.of("Spielerkamera", "Taktikansicht", "Klassische Übertragung"),
							null, null)),
					new int[] { 0, 2, 5, 9, 6 },
					List.of("Die Taktikansicht ist klasse.", "Eigene Kameraperspektive wählen macht Spaß.",
							"Die Statistiken zu den Spielern sind interessant."),
					List.of("Die Statistiken überdecken das Spielfeld.", "Zu viele Einblendungen lenken vom Spiel ab.",
							"Das Umschalten der Kamera dauert zu lange.", "Die Bedienung mit der Fernbedienung ist umständlich."),
					List.of("Wiederholungen aus Sicht des Schiedsrichters.", "Statistiken aufs Handy statt aufs Spielfeld.",
							"Mit Freunden gemeinsam die Kamera wählen.")),
			new Island("Digitaler Einkaufsberater",
					"Eine App berät im Laden und findet Produkte im Regal.",
					"Beispiel Handelsdigital GmbH", "47",
					List.of(),
					new int[] { 2, 4, 6, 6, 3 },
					List.of("Die App findet Produkte im Regal schnell.", "Die Beratung zu Allergenen ist hilfreich.",
							"Der Produktvergleich ist übersichtlich."),
					List.of("Die App braucht zu lange zum Laden.", "Die Schrift in der App ist zu klein.",
							"Die App verbraucht viel Akku.", "Ohne WLAN funktioniert die App nicht.",
							"Die Schrift ist für ältere Menschen schlecht lesbar."),
					List.of("Eine Einkaufsliste, die den Weg durch den Laden plant.", "Vorlesefunktion für die Produktinfos.",
							"Rabatte direkt in der App anzeigen.")),
			new Island("Sprachassistent fürs Zuhause",
					"Ein Sprachassistent steuert Licht, Heizung und Rollläden.",
					"Muster Smart Living GmbH", "26",
					StationQuestion.SYSTEM_USABILITY_SCALE,
					new int[] { 1, 3, 5, 7, 4 },
					List.of("Licht per Sprache steuern klappt gut.", "Die Einrichtung ist einfach.",
							"Der Assistent versteht auch Dialekt."),
					List.of("Der Assistent versteht mich im Lärm nicht.", "Bei Hintergrundgeräuschen versteht er nichts.",
							"Unklar, welche Daten gespeichert werden.", "Datenschutz ist mir nicht klar."),
					List.of("Eine Taste, die das Mikrofon sichtbar abschaltet.", "Den Assistenten für Senioren vereinfachen.",
							"Erinnerungen an Medikamente.")));

	private final ThemedWorlds worlds;
	private final Stations stations;
	private final FeedbackIntake intake;
	private final LabList labs;
	private final NetworkDirectory network;
	private final OrganisationRegistry organisations;

	FeedbackDemoWorld(ThemedWorlds worlds, Stations stations, FeedbackIntake intake, LabList labs,
			NetworkDirectory network, OrganisationRegistry organisations) {
		this.worlds = worlds;
		this.stations = stations;
		this.intake = intake;
		this.labs = labs;
		this.network = network;
		this.organisations = organisations;
	}

	@Override
	public int order() {
		return 450;
	}

	@Override
	public void load() {
		UUID lab = labs.find(new LabList.LabFilter(LAB, LabKind.INNOVATION_LAB, null), 0, 1).items().stream()
			.findFirst()
			.map(LabList.LabRow::id)
			.orElse(null);
		if (lab == null) {
			return;
		}
		UUID world = worlds.create(lab, new ThemedWorldData(WORLD,
				"Besucherinnen und Besucher erkunden fünf Forschungsinseln zu Produkten und Dienstleistungen der Zukunft: "
						+ "künstliche Intelligenz im Arbeitsleben, eine virtuelle Kongresshalle, interaktive "
						+ "Fußballübertragungen und zwei weitere Prototypen.",
				LocalDate.of(2018, 12, 1), LocalDate.of(2018, 12, 31),
				"Die Rückmeldungen erhob eine wissenschaftliche Assistentin des JOSEPHS an den Forschungsinseln; "
						+ "alle Angaben sind anonym.",
				List.of()));
		Random random = new Random(2018);
		for (Island island : ISLANDS) {
			UUID station = stations.create(world, new StationData(island.name(), island.prototype(),
					company(island), island.questions()));
			for (int i = 0; i < FEEDBACK_PER_STATION; i++) {
				intake.submit(station, feedback(island, random));
			}
		}
	}

	private UUID company(Island island) {
		return network.organisationNamed(island.company())
			.orElseGet(() -> organisations.create(new OrganisationData(island.company(), OrganisationKind.COMPANY,
					island.sector(), "09564", null, null, "Nürnberg", null, INVENTED)));
	}

	private static FeedbackData feedback(Island island, Random random) {
		LocalDate day = LocalDate.of(2018, 12, 1 + random.nextInt(31));
		LocalTime time = LocalTime.of(10 + random.nextInt(8), random.nextInt(60));
		Map<String, Object> answers = new LinkedHashMap<>();
		for (StationQuestion question : island.questions()) {
			if (random.nextInt(4) > 0) {
				answers.put(question.key(), question.kind() == QuestionKind.SINGLE_CHOICE
						? question.options().get(random.nextInt(question.options().size()))
						: question.min() + random.nextInt(question.max() - question.min() + 1));
			}
		}
		return new FeedbackData(new UUID(random.nextLong(), random.nextLong()), rating(island.ratingWeights(), random),
				maybe(island.works(), random, 2), maybe(island.improvements(), random, 2), maybe(island.ideas(), random, 4),
				answers, day.atTime(time).atZone(TimeConfiguration.ZONE).toOffsetDateTime());
	}

	private static int rating(int[] weights, Random random) {
		int total = Arrays.stream(weights).sum();
		int pick = random.nextInt(total);
		for (int rating = 1; rating <= weights.length; rating++) {
			pick -= weights[rating - 1];
			if (pick < 0) {
				return rating;
			}
		}
		return weights.length;
	}

	/** One of the texts, or (one time in {@code oneIn}) none, as visitors leave fields empty. */
	private static @Nullable String maybe(List<String> texts, Random random, int oneIn) {
		return random.nextInt(oneIn) == 0 ? null : texts.get(random.nextInt(texts.size()));
	}
}
