package org.regiolab.surveys;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.regiolab.events.EventList;
import org.regiolab.events.RegistrationStatus;
import org.regiolab.events.Registrations;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.FundingProgrammes.FundingProgramme;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.OrganisationKind;
import org.regiolab.platform.DemoWorldPart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The surveys of the seed documents: the company survey through which Bottrop's Wirtschaftsallianz
 * aligns its Zukunftsplan with what the city's businesses need (seed 004), with 300 answers, and the
 * evaluation of the 4th network meeting of the regional industry initiatives in September 2023 (seed
 * 002). The seeds name the survey, not its questions: every question and every answer is invented,
 * drawn from fixed seeds so that every demo world reads the same, and leans by sector as such answers
 * do (retail rates the city centre lower, crafts and care report more open positions). The company
 * answers came in on paper: they have no invitation, only the sector, kind and region the office noted.
 */
@Component
class SurveysDemoWorld implements DemoWorldPart {

	static final String BOTTROP = "Wirtschaftsallianz Bottrop";
	static final String INDUSTRY = "Regionale Industrieinitiativen";
	static final String MEETING = "4. Netzwerktreffen der regionalen Industrieinitiativen";
	static final String COMPANY_SURVEY = "Unternehmensbefragung zum Zukunftsplan der Wirtschaftsallianz Bottrop";
	static final String EVALUATION = "Auswertung des Netzwerktreffens 2023";
	static final int COMPANY_RESPONSES = 300;
	static final int EVALUATION_RESPONSES = 40;
	static final LocalDate OPENS = LocalDate.of(2026, 10, 1);
	static final LocalDate CLOSES = LocalDate.of(2026, 12, 31);
	static final String BOTTROP_REGION = "05512";
	/** Essen, Oberhausen, Gelsenkirchen, Kreis Recklinghausen (Gladbeck, Dorsten) and Kreis Wesel, by how often. */
	static final List<String> NEIGHBOURS = List.of("05113", "05113", "05119", "05119", "05513", "05513", "05562", "05562",
			"05562", "05170");

	/** Where a business lies: the options of the question {@code lage}. */
	static final int CENTRE = 0;
	static final int OUTSIDE = 4;

	/**
	 * A branch of Bottrop's economy and how its invented answers lean.
	 * @param option its option in the question {@code branche}, or {@link AnswerRows#OTHER} with {@code other}
	 * @param sector its WZ division
	 * @param weight how many of the 300 are of it, roughly
	 * @param staff the typical number of employees
	 * @param openPositions the share with open positions
	 * @param trains the share that trains apprentices
	 * @param digital how digital it is, a step 0–4 of the matrix {@code digital_stand}
	 * @param centre how it rates the city centre, a step 0–4 of the matrix {@code innenstadt}
	 * @param recommend the mean of its 0–10 recommendation of the alliance
	 * @param locations weights of the options of {@code lage}
	 * @param obstacles weights of the options of {@code digital_hemmnisse}
	 * @param priorities weights of the options of {@code fachkraefte_prioritaeten}, the higher the earlier ranked
	 * @param greens weights of the first six options of {@code nachhaltigkeit}
	 * @param wishes what its businesses write into the Zukunftsplan
	 */
	record Branch(int option, @Nullable String other, String sector, OrganisationKind kind, int weight, int staff,
			double openPositions, double trains, double digital, double centre, double recommend, int[] locations,
			int[] obstacles, int[] priorities, int[] greens, List<String> wishes) {
	}

	static final List<Branch> BRANCHES = List.of(
			new Branch(0, null, "43", OrganisationKind.CRAFT_BUSINESS, 70, 8, 0.75, 0.7, 1.4, 2.0, 7.6,
					new int[] { 2, 4, 8, 5, 1 }, new int[] { 9, 5, 7, 4, 3, 2, 3 }, new int[] { 6, 7, 3, 4, 2 },
					new int[] { 6, 4, 6, 4, 1, 1 },
					List.of("Wir finden kaum noch Azubis – die Berufsorientierung an den Schulen muss viel früher anfangen.",
							"Glasfaser fehlt im Gewerbegebiet, große Pläne an Kunden zu schicken dauert ewig.",
							"Handwerker brauchen in der Innenstadt Parkplätze für den Transporter, sonst kommen wir nicht zum Kunden.")),
			new Branch(1, null, "47", OrganisationKind.COMPANY, 55, 5, 0.35, 0.35, 1.8, 1.3, 5.9,
					new int[] { 14, 4, 4, 3, 0 }, new int[] { 5, 8, 4, 2, 3, 3, 2 }, new int[] { 3, 3, 4, 5, 5 },
					new int[] { 4, 1, 5, 6, 5, 0 },
					List.of("Die Parkplätze in der Innenstadt sind zu teuer, viele Kunden fahren lieber zum CentrO nach Oberhausen.",
							"Gegen den Leerstand in der Fußgängerzone muss die Stadt die Eigentümer aktiv ansprechen.",
							"Gemeinsame Aktionen der Händler, etwa verkaufsoffene Sonntage oder ein Lichterfest, würden die Innenstadt beleben.")),
			new Branch(2, null, "56", OrganisationKind.COMPANY, 25, 7, 0.65, 0.3, 1.5, 1.7, 6.4,
					new int[] { 10, 4, 3, 4, 0 }, new int[] { 7, 6, 3, 2, 2, 2, 3 }, new int[] { 3, 4, 7, 2, 4 },
					new int[] { 4, 0, 7, 6, 4, 0 },
					List.of("Wir suchen seit Monaten Köche und Servicekräfte, bisher ohne Erfolg.",
							"Mehr Außengastronomie und Veranstaltungen würden die Innenstadt auch am Abend beleben.",
							"Die Genehmigung für Tische draußen sollte einfacher und schneller gehen.")),
			new Branch(3, null, "25", OrganisationKind.COMPANY, 30, 60, 0.6, 0.65, 2.5, 2.2, 6.8,
					new int[] { 0, 2, 8, 2, 3 }, new int[] { 4, 4, 5, 7, 5, 1, 2 }, new int[] { 7, 4, 3, 6, 3 },
					new int[] { 9, 5, 4, 6, 0, 4 },
					List.of("Glasfaser fehlt im Gewerbegebiet, das bremst uns bei der Vernetzung der Maschinen.",
							"Wir brauchen mehr Gewerbeflächen, um am Standort Bottrop wachsen zu können.",
							"Die Energiepreise sind unser größtes Risiko, ein Netzwerk zur Energieeffizienz wäre hilfreich.")),
			new Branch(4, null, "69", OrganisationKind.COMPANY, 40, 9, 0.35, 0.4, 2.6, 2.1, 6.9,
					new int[] { 7, 7, 3, 3, 1 }, new int[] { 5, 4, 3, 3, 6, 2, 2 }, new int[] { 3, 3, 2, 6, 6 },
					new int[] { 5, 5, 3, 5, 2, 2 },
					List.of("Die Verwaltung sollte Anträge endlich vollständig online anbieten.",
							"Es fehlt ein Treffpunkt, an dem sich Unternehmen verschiedener Branchen regelmäßig austauschen.",
							"Für Fachkräfte mit Familie fehlen Kitaplätze.")),
			new Branch(5, null, "62", OrganisationKind.COMPANY, 20, 12, 0.55, 0.3, 3.3, 2.0, 6.3,
					new int[] { 6, 5, 3, 2, 2 }, new int[] { 2, 2, 1, 8, 3, 1, 2 }, new int[] { 4, 2, 2, 3, 8 },
					new int[] { 5, 6, 2, 3, 1, 3 },
					List.of("Bottrop sollte sich als Wohnort für junge Fachkräfte aus dem ganzen Ruhrgebiet vermarkten.",
							"Coworking-Flächen in der Innenstadt würden Gründerinnen und Gründer anziehen.",
							"Die Hochschule Ruhr West sollte enger mit den Betrieben vor Ort zusammenarbeiten.")),
			new Branch(6, null, "86", OrganisationKind.COMPANY, 25, 25, 0.8, 0.5, 1.9, 2.3, 7.0,
					new int[] { 6, 6, 5, 3, 1 }, new int[] { 8, 5, 3, 2, 7, 1, 3 }, new int[] { 5, 3, 6, 5, 5 },
					new int[] { 5, 3, 2, 5, 1, 1 },
					List.of("Pflegekräfte finden wir nur noch über Personaldienstleister, und das ist teuer.",
							"Die Anerkennung ausländischer Berufsabschlüsse dauert viel zu lange.",
							"Bezahlbarer Wohnraum in der Nähe ist für unsere Beschäftigten entscheidend.")),
			new Branch(7, null, "49", OrganisationKind.COMPANY, 20, 35, 0.65, 0.45, 2.2, 2.4, 6.5,
					new int[] { 0, 2, 8, 4, 3 }, new int[] { 5, 4, 3, 5, 3, 2, 4 }, new int[] { 4, 4, 7, 4, 3 },
					new int[] { 6, 8, 2, 4, 0, 3 },
					List.of("Wir finden kaum Berufskraftfahrer, der Lkw-Führerschein ist für junge Leute zu teuer.",
							"Die Zufahrt zum Gewerbegebiet ist in den Stoßzeiten ständig verstopft.",
							"Ladesäulen für E-Lkw fehlen in Bottrop noch ganz.")),
			new Branch(AnswerRows.OTHER, "Landwirtschaft mit Hofladen", "01", OrganisationKind.COMPANY, 5, 4, 0.4, 0.3, 1.3, 2.2, 6.8,
					new int[] { 0, 0, 0, 9, 1 }, new int[] { 5, 5, 3, 8, 2, 3, 1 }, new int[] { 4, 4, 4, 3, 3 },
					new int[] { 7, 2, 9, 5, 2, 0 },
					List.of("Der Hofladen lebt von Kundschaft aus der Stadt, dafür braucht Kirchhellen bessere Busverbindungen.")),
			new Branch(AnswerRows.OTHER, "Immobilienverwaltung", "68", OrganisationKind.COMPANY, 4, 6, 0.25, 0.2, 2.4, 2.0, 6.5,
					new int[] { 5, 5, 2, 2, 1 }, new int[] { 4, 4, 2, 2, 5, 2, 2 }, new int[] { 2, 2, 3, 4, 7 },
					new int[] { 6, 3, 3, 4, 1, 1 },
					List.of("Für leere Ladenlokale braucht es Zwischennutzungen, bis ein neuer Mieter gefunden ist.")),
			new Branch(AnswerRows.OTHER, "Fahrschule", "85", OrganisationKind.COMPANY, 3, 4, 0.5, 0.1, 2.0, 2.1, 6.8,
					new int[] { 4, 4, 3, 2, 0 }, new int[] { 5, 5, 2, 2, 2, 2, 2 }, new int[] { 6, 3, 5, 2, 2 },
					new int[] { 3, 6, 1, 2, 0, 0 },
					List.of("Wir finden keine Fahrlehrer, die Ausbildung dazu sollte gefördert werden.")),
			new Branch(AnswerRows.OTHER, "Autohaus mit Werkstatt", "45", OrganisationKind.COMPANY, 3, 18, 0.7, 0.7, 2.2, 2.2, 6.6,
					new int[] { 0, 3, 5, 2, 1 }, new int[] { 5, 5, 5, 4, 3, 1, 2 }, new int[] { 7, 6, 3, 5, 2 },
					new int[] { 5, 7, 2, 4, 0, 1 },
					List.of("Kfz-Mechatroniker für E-Autos sind kaum zu finden, die Berufsschule muss nachziehen.")));

	/** What anyone may write into the Zukunftsplan, whatever the branch. */
	static final List<String> GENERAL_WISHES = List.of(
			"Die Wirtschaftsförderung sollte die Betriebe aktiv über Förderprogramme informieren.",
			"Das Handwerker-Frühstück ist ein gutes Format und sollte es auch für andere Branchen geben.",
			"Mehr Parkplätze in der Innenstadt, sonst kommt die Kundschaft nicht mehr.",
			"Baugenehmigungen müssen schneller erteilt werden.",
			"Geflüchtete wollen arbeiten, aber es fehlen Sprachkurse, die zur Schichtarbeit passen.",
			"Nachhaltigkeit ist uns wichtig, aber wir wissen nicht, wo wir anfangen sollen.",
			"Die Fairtrade-Town ist ein gutes Aushängeschild für Bottrop und sollte weiter sichtbar bleiben.",
			"Azubis finden ist unser größtes Problem, eine gemeinsame Ausbildungsmesse der Bottroper Betriebe würde helfen.",
			"Glasfaser fehlt im Gewerbegebiet immer noch, obwohl es seit Jahren versprochen wird.");

	/** Ideas for the city centre, the first four those of businesses that rate it low. */
	static final List<String> CENTRE_IDEAS = List.of("Mehr Parkplätze in der Innenstadt", "Günstigere Parkgebühren",
			"Leerstände in der Fußgängerzone beleben", "Mehr Sauberkeit rund um den Busbahnhof", "Mehr Außengastronomie",
			"Feste und Märkte auch am Abend", "Kostenloses WLAN ausbauen", "Mehr Grün und Sitzplätze",
			"Sichere Fahrradstellplätze", "Einheitliche Öffnungszeiten der Geschäfte");

	static final List<String> DIGITAL_PLANS = List.of("Online-Terminbuchung", "E-Rechnung einführen",
			"Digitale Zeiterfassung", "Neue Website", "Onlineshop aufbauen", "Digitale Baustellendokumentation",
			"Neues Kassensystem", "IT-Sicherheit verbessern", "KI für Angebote und Texte ausprobieren",
			"Warenwirtschaft digitalisieren", "Digitaler Dienstplan", "Cloud-Telefonanlage");

	static final List<String> OTHER_OBSTACLES = List.of("Die Branchensoftware passt nicht zu unseren Abläufen.",
			"Niemand im Betrieb hat Zeit, sich darum zu kümmern.", "Der Anbieter unserer Software hat aufgegeben.");

	static final List<String> OTHER_CHANNELS = List.of("Aushang im Schaufenster", "Über den Sportverein",
			"Jobmesse in Bottrop", "Zeitungsanzeige");

	static final List<String> EVALUATION_WISHES = List.of(
			"Mehr Zeit für die Creative Labs, die Diskussion wurde zu früh abgebrochen.",
			"Die Keynote war anregend, hätte aber konkreter auf die Arbeit in den Regionen eingehen können.",
			"Beim Speed Dating waren die Runden zu kurz, um wirklich ins Gespräch zu kommen.",
			"Gern vorab eine Teilnehmerliste, damit man Gespräche planen kann.",
			"Mehr Zeit für den Austausch zwischen den Initiativen.",
			"Die Ergebnisse der Labs bitte als Dokumentation an alle verschicken.",
			"Ein Termin außerhalb der Schulferien wäre für viele leichter.",
			"Neben Kaffee und Kuchen hätte es auch etwas Herzhaftes geben dürfen.",
			"Den Tag besser mit dem Industrieforum am Vormittag abstimmen, beides zusammen war sehr lang.",
			"Eine Online-Teilnahme für Kolleginnen und Kollegen ermöglichen, die nicht anreisen können.",
			"Weiter so – das Format mit den Pitches aus den Regionen passt.",
			"Die Räume für die beiden Labs waren etwas eng.",
			"Mehr Beispiele aus der Industrie selbst, nicht nur von den Initiativen.");

	private final Surveys surveys;
	private final NetworkDirectory network;
	private final EventList events;
	private final Registrations registrations;
	private final JdbcClient jdbc;
	private final Clock clock;
	private final SurveyFunding funding;
	private final FundingProgrammes programmes;

	SurveysDemoWorld(Surveys surveys, NetworkDirectory network, EventList events, Registrations registrations,
			JdbcClient jdbc, Clock clock, SurveyFunding funding, FundingProgrammes programmes) {
		this.funding = funding;
		this.programmes = programmes;
		this.surveys = surveys;
		this.network = network;
		this.events = events;
		this.registrations = registrations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public int order() {
		return 600;
	}

	@Override
	public void load() {
		companySurvey();
		evaluation();
	}

	private void companySurvey() {
		SurveyDefinition definition = companyQuestions();
		UUID survey = surveys.create(new SurveyData(alliance(BOTTROP), null,
				new Text(COMPANY_SURVEY, "Company survey on the Zukunftsplan of the Wirtschaftsallianz Bottrop"),
				new Text("""
						Liebe Unternehmerinnen und Unternehmer,
						die Wirtschaftsallianz Bottrop schreibt ihren Zukunftsplan für den Wirtschaftsstandort fort. Damit \
						seine Ziele zu dem passen, was Ihr Betrieb in den nächsten Jahren braucht, möchten wir von Ihnen \
						wissen: Wo stehen Sie bei der Digitalisierung, wie finden Sie Fachkräfte, was erwarten Sie von der \
						Innenstadt und was tun Sie schon für Nachhaltigkeit? Das Ausfüllen dauert etwa zehn Minuten. Wir \
						werten die Antworten nur zusammengefasst aus und nennen keine einzelnen Betriebe.""", """
						Dear business owners,
						the Wirtschaftsallianz Bottrop is updating its Zukunftsplan, the strategy for Bottrop as a place to \
						do business. So that its goals match what your business will need in the coming years, we would \
						like to know: how far along are you with digitalisation, how do you find skilled workers, what do \
						you expect from the city centre and what are you already doing for sustainability? It takes about \
						ten minutes. We evaluate the answers only in aggregate and name no individual business."""),
				new Text("""
						Herzlichen Dank, dass Sie sich die Zeit genommen haben! Wir stellen die Ergebnisse Anfang 2027 in \
						der Wirtschaftsallianz vor, und sie fließen in den Zukunftsplan ein. Fragen beantwortet Ihnen gern \
						das Amt für Wirtschaftsförderung und Standortmanagement der Stadt Bottrop.""", """
						Thank you very much for taking the time! We will present the results to the Wirtschaftsallianz in \
						early 2027, and they will feed into the Zukunftsplan. The city of Bottrop's office for economic \
						development and location management is happy to answer any questions."""),
				false, false, OPENS, CLOSES, 14, null, definition));
		Random random = new Random(2026);
		List<Response> responses = new ArrayList<>();
		for (int i = 0; i < COMPANY_RESPONSES; i++) {
			responses.add(companyResponse(random));
		}
		insert(survey, definition, responses);
		// invented: the survey as a part of the city's project Bottrop2018+, whose notice the report then prints
		funding.change(survey, programmes.all().stream().filter(programme -> programme.name().equals("Bottrop2018+"))
			.map(FundingProgramme::id).toList());
	}

	static SurveyDefinition companyQuestions() {
		List<Text> fiveSteps = texts("gar nicht", "not at all", "in Ansätzen", "a little", "teilweise", "partly",
				"weitgehend", "largely", "vollständig", "fully");
		List<Text> ratings = texts("sehr schlecht", "very poor", "eher schlecht", "rather poor", "teils, teils", "fair",
				"eher gut", "rather good", "sehr gut", "very good");
		Condition hasOpenPositions = new Condition("offene_stellen", Condition.Operator.IS, "true");
		return new SurveyDefinition(List.of(
				new SurveyPage(new Text("Ihr Unternehmen", "Your company"), null, List.of(
						// "Sonstiges: …" for the branches the list does not name
						choice("branche", new Text("Zu welcher Branche gehört Ihr Unternehmen?", "Which sector is your company in?"),
								true, true, texts("Handwerk", "Crafts", "Einzelhandel", "Retail", "Gastronomie und Hotellerie",
										"Hospitality", "Industrie und produzierendes Gewerbe", "Industry and manufacturing",
										"Unternehmensnahe Dienstleistungen und freie Berufe", "Business services and professions",
										"IT und Medien", "IT and media", "Gesundheit und Soziales", "Health and social care",
										"Logistik und Verkehr", "Logistics and transport")),
						new Question("beschaeftigte", QuestionType.NUMBER,
								new Text("Wie viele Beschäftigte hat Ihr Unternehmen in Bottrop?",
										"How many people does your company employ in Bottrop?"),
								new Text("Einschließlich Auszubildender und Teilzeitkräfte, ohne Inhaberinnen und Inhaber.",
										"Including apprentices and part-time staff, not counting the owners."),
								true, null, false, 0, 100_000, "Beschäftigte", null, null),
						choice("lage", new Text("Wo liegt Ihr Betrieb?", "Where is your business located?"), false, false,
								texts("In der Innenstadt", "In the city centre", "In Bottrop-Mitte außerhalb der Innenstadt",
										"Elsewhere in Bottrop-Mitte", "In Bottrop-Süd", "In Bottrop-Süd", "In Kirchhellen",
										"In Kirchhellen", "Außerhalb Bottrops", "Outside Bottrop")),
						yesNo("angebote", new Text(
								"Haben Sie schon an Angeboten der Wirtschaftsallianz teilgenommen, etwa am Handwerker-Frühstück "
										+ "oder an einem Reallabor?",
								"Have you taken part in anything the Wirtschaftsallianz offers, such as the craftspeople's "
										+ "breakfast or one of its Reallabore?"), false))),
				new SurveyPage(new Text("Digitalisierung", "Digitalisation"), null, List.of(
						matrix("digital_stand", new Text("Wie weit ist Ihr Betrieb in diesen Bereichen digitalisiert?",
								"How digital is your business in these areas?"),
								texts("Aufträge und Rechnungen", "Orders and invoices", "Kundenkontakt und Online-Marketing",
										"Customer contact and online marketing", "Termin- und Einsatzplanung",
										"Scheduling and dispatch", "Zusammenarbeit mit Lieferanten und Partnern",
										"Working with suppliers and partners", "IT-Sicherheit und Datensicherung",
										"IT security and backups"),
								fiveSteps),
						yesNo("glasfaser", new Text("Hat Ihr Betrieb einen Glasfaseranschluss?",
								"Does your business have a fibre connection?"), false),
						new Question("digital_hemmnisse", QuestionType.MULTIPLE_CHOICE,
								new Text("Was bremst die Digitalisierung in Ihrem Betrieb am meisten?",
										"What holds back digitalisation in your business most?"),
								new Text("Bitte höchstens drei Antworten.", "Three answers at most."), false,
								texts("Fehlende Zeit im Tagesgeschäft", "No time in day-to-day business",
										"Kosten und unklare Förderung", "Costs and unclear funding",
										"Fehlendes Fachwissen im Betrieb", "Lack of know-how in the business",
										"Langsames Internet", "Slow internet", "Sorgen um IT-Sicherheit und Datenschutz",
										"Concerns about IT security and data protection",
										"Kein passender Dienstleister vor Ort", "No suitable service provider nearby",
										"Die Beschäftigten ziehen nicht mit", "Staff are not on board"),
								true, null, 3, null, null, null),
						text("digital_vorhaben", QuestionType.SHORT_TEXT, new Text(
								"Welches Digitalisierungsvorhaben wollen Sie als Nächstes angehen?",
								"Which digitalisation project do you want to tackle next?")),
						new Question("digital_dokument", QuestionType.FILE,
								new Text("Möchten Sie uns ein Dokument zu Ihrem Vorhaben mitsenden?",
										"Would you like to send us a document about your project?"),
								null, false, null, false, null, Question.FILE_MEGABYTES, null, null, null, List.of(FileKind.PDF)))),
				new SurveyPage(new Text("Fachkräfte", "Skilled workers"), null, List.of(
						yesNo("offene_stellen", new Text("Haben Sie offene Stellen?", "Do you have open positions?"), true),
						new Question("offene_stellen_anzahl", QuestionType.NUMBER,
								new Text("Wie viele Stellen sind derzeit unbesetzt?", "How many positions are vacant?"), null,
								false, null, false, 1, 1000, "Stellen", null, hasOpenPositions),
						new Question("offen_seit", QuestionType.DATE,
								new Text("Seit wann ist Ihre am längsten offene Stelle unbesetzt?",
										"Since when has your longest-open position been vacant?"),
								new Text("Ein ungefähres Datum genügt.", "An approximate date will do."), false, null, false,
								null, null, null, null, hasOpenPositions),
						yesNo("ausbildung", new Text("Bilden Sie derzeit aus?", "Do you currently train apprentices?"), false),
						new Question("personalsuche", QuestionType.MULTIPLE_CHOICE,
								new Text("Über welche Wege suchen Sie neue Beschäftigte?", "How do you look for new staff?"),
								null, false,
								texts("Agentur für Arbeit und Jobcenter", "Employment agency and job centre",
										"Online-Stellenbörsen", "Online job boards", "Soziale Medien", "Social media",
										"Empfehlungen der eigenen Beschäftigten", "Recommendations by our staff",
										"Ausbildung im eigenen Betrieb", "Training our own apprentices",
										"Praktika und Kooperationen mit Schulen", "Internships and school partnerships",
										"Personaldienstleister", "Recruitment agencies"),
								true, null, null, null, null, null),
						new Question("fachkraefte_prioritaeten", QuestionType.RANKING,
								new Text("Was sollte die Wirtschaftsallianz für die Fachkräftesicherung zuerst angehen?",
										"What should the Wirtschaftsallianz tackle first to secure skilled workers?"),
								new Text("Bitte ordnen Sie: das Wichtigste zuerst.", "Please put them in order, most important first."),
								false,
								texts("Berufsorientierung an Schulen", "Careers guidance in schools",
										"Eine gemeinsame Ausbildungsmesse der Bottroper Betriebe",
										"A joint apprenticeship fair of Bottrop's businesses",
										"Geflüchtete und Zugewanderte in Arbeit bringen", "Getting refugees and migrants into work",
										"Weiterbildung der Beschäftigten", "Further training for staff",
										"Bottrop als Wohnort für Fachkräfte bekannt machen",
										"Promoting Bottrop as a place for skilled workers to live"),
								false, null, null, null, null, null))),
				new SurveyPage(new Text("Innenstadt", "City centre"), null, List.of(
						matrix("innenstadt", new Text("Wie bewerten Sie die Bottroper Innenstadt?",
								"How do you rate Bottrop's city centre?"),
								texts("Erreichbarkeit mit dem Auto und Parkplätze", "Access by car and parking",
										"Erreichbarkeit mit Bus, Bahn und Rad", "Access by bus, train and bike",
										"Sauberkeit und Sicherheit", "Cleanliness and safety",
										"Angebot an Geschäften und Gastronomie", "Range of shops, cafés and restaurants",
										"Umgang mit Leerständen", "Dealing with empty shops",
										"Veranstaltungen und Wochenmarkt", "Events and the weekly market"),
								ratings),
						text("innenstadt_idee", QuestionType.SHORT_TEXT, new Text(
								"Was würde die Innenstadt für Ihr Unternehmen attraktiver machen?",
								"What would make the city centre more attractive for your company?")))),
				new SurveyPage(new Text("Ihr Betrieb in der Innenstadt", "Your business in the city centre"),
						new Condition("lage", Condition.Operator.IS, String.valueOf(CENTRE)), List.of(
								choice("kundenfrequenz", new Text(
										"Wie hat sich die Zahl Ihrer Kundinnen und Kunden in den letzten zwei Jahren entwickelt?",
										"How has the number of your customers developed over the last two years?"), false, false,
										texts("Deutlich gestiegen", "Risen clearly", "Etwas gestiegen", "Risen a little",
												"Gleich geblieben", "Stayed the same", "Etwas gesunken", "Fallen a little",
												"Deutlich gesunken", "Fallen clearly")),
								yesNo("innenstadt_bleiben", new Text(
										"Wollen Sie mit Ihrem Betrieb auch in fünf Jahren noch in der Innenstadt sein?",
										"Do you intend to stay in the city centre for the next five years?"), false))),
				new SurveyPage(new Text("Nachhaltigkeit und Wirtschaftsallianz", "Sustainability and the Wirtschaftsallianz"),
						null, List.of(
								new Question("nachhaltigkeit", QuestionType.MULTIPLE_CHOICE,
										new Text("Was tun Sie bereits für Nachhaltigkeit?",
												"What are you already doing for sustainability?"),
										null, false,
										texts("Energie sparen oder selbst erzeugen (z. B. Photovoltaik)",
												"Saving or generating energy (e.g. solar panels)",
												"E-Fahrzeuge oder Dienstrad", "Electric vehicles or company bikes",
												"Regionale Lieferanten bevorzugen", "Preferring regional suppliers",
												"Abfall vermeiden und Mehrweg", "Avoiding waste, reusable packaging",
												"Fairtrade-Produkte anbieten oder nutzen", "Selling or using Fairtrade products",
												"Klimabilanz oder Nachhaltigkeitsbericht", "Carbon footprint or sustainability report",
												"Noch nichts davon", "None of these yet"),
										false, null, null, null, null, null),
								choice("nachhaltigkeit_kundschaft", new Text(
										"Wie wichtig ist Nachhaltigkeit für Ihre Kundschaft?",
										"How important is sustainability to your customers?"), false, false,
										texts("Sehr wichtig", "Very important", "Eher wichtig", "Fairly important",
												"Eher unwichtig", "Not very important", "Unwichtig", "Unimportant",
												"Kann ich nicht einschätzen", "Can't say")),
								new Question("weiterempfehlung", QuestionType.SCALE,
										new Text("Wie wahrscheinlich ist es, dass Sie die Wirtschaftsallianz Bottrop einem "
												+ "befreundeten Unternehmen weiterempfehlen?",
												"How likely are you to recommend the Wirtschaftsallianz Bottrop to a business "
														+ "you know?"),
										new Text("0 = gar nicht wahrscheinlich, 10 = äußerst wahrscheinlich",
												"0 = not at all likely, 10 = extremely likely"),
										true, null, false, null, null, null, null, null),
								text("zukunftsplan", QuestionType.LONG_TEXT, new Text(
										"Was sollte der Zukunftsplan für den Wirtschaftsstandort Bottrop unbedingt enthalten?",
										"What must the Zukunftsplan for Bottrop as a business location include?"))))));
	}

	private Response companyResponse(Random random) {
		Branch branch = BRANCHES.get(weighted(random, BRANCHES.stream().mapToInt(Branch::weight).toArray()));
		LocalDate day = companyDay(random);
		int location = weighted(random, branch.locations());
		Map<String, Answer> answers = new LinkedHashMap<>();
		answers.put("branche", branch.other() == null ? Answer.choice(branch.option())
				: new Answer(null, branch.other(), null, null, null, null));
		int staff = (int) Math.max(1, Math.min(2000, Math.round(branch.staff() * Math.exp(random.nextGaussian() * 0.8))));
		answers.put("beschaeftigte", Answer.number(staff));
		answers.put("lage", Answer.choice(location));
		boolean tookPart = random.nextDouble() < (branch.option() == 0 ? 0.45 : branch.option() == 1 ? 0.3 : 0.15);
		maybe(random, 0.95, answers, "angebote", () -> Answer.yes(tookPart));

		answers.put("digital_stand", steps(random, branch.digital(), new double[] { 0.4, 0, 0.1, -0.3, -0.5 }, 0.8));
		double fibre = new double[] { 0.65, 0.55, 0.35, 0.25, 0.6 }[location] + (branch.digital() > 3 ? 0.2 : 0);
		boolean hasFibre = random.nextDouble() < fibre;
		maybe(random, 0.9, answers, "glasfaser", () -> Answer.yes(hasFibre));
		int[] obstacles = branch.obstacles().clone();
		obstacles[3] = hasFibre ? 1 : obstacles[3] + 6;
		boolean otherObstacle = random.nextDouble() < 0.06;
		List<Integer> picked = picks(random, obstacles, 1 + random.nextInt(otherObstacle ? 2 : 3));
		answers.put("digital_hemmnisse", new Answer(picked, otherObstacle ? pick(random, OTHER_OBSTACLES) : null, null, null,
				null, null));
		maybe(random, 0.35, answers, "digital_vorhaben", () -> Answer.text(pick(random, DIGITAL_PLANS)));

		boolean open = random.nextDouble() < branch.openPositions();
		answers.put("offene_stellen", Answer.yes(open));
		if (open) {
			answers.put("offene_stellen_anzahl", Answer.number(1 + random.nextInt(Math.max(1, staff / 8 + 1))));
			int longest = 14 + random.nextInt(branch.openPositions() >= 0.7 ? 420 : 240);
			maybe(random, 0.8, answers, "offen_seit", () -> new Answer(null, null, null, null, day.minusDays(longest), null));
		}
		boolean trains = random.nextDouble() < branch.trains();
		answers.put("ausbildung", Answer.yes(trains));
		int[] channels = { 5, 6, 4, 7, trains ? 8 : 1, trains ? 5 : 2, branch.staff() > 20 ? 4 : 1 };
		boolean otherChannel = random.nextDouble() < 0.05;
		answers.put("personalsuche", new Answer(picks(random, channels, 1 + random.nextInt(4)),
				otherChannel ? pick(random, OTHER_CHANNELS) : null, null, null, null, null));
		if (random.nextDouble() < 0.85) {
			answers.put("fachkraefte_prioritaeten", ranking(random, branch.priorities()));
		}

		double centre = branch.centre() + (location == OUTSIDE ? 0.2 : 0);
		if (random.nextDouble() < (location == OUTSIDE ? 0.7 : 0.92)) {
			double[] offsets = { branch.option() == 1 ? -1.2 : -0.6, 0.4, -0.2, -0.3, -0.8, 0.6 };
			answers.put("innenstadt", steps(random, centre, offsets, 0.9));
		}
		if (random.nextDouble() < 0.5) {
			answers.put("innenstadt_idee", Answer.text(branch.centre() < 1.8 && random.nextBoolean()
					? CENTRE_IDEAS.get(random.nextInt(4)) : pick(random, CENTRE_IDEAS)));
		}
		if (location == CENTRE) {
			int[] footfall = switch (branch.option()) {
				case 1 -> new int[] { 1, 3, 8, 12, 8 };
				case 2 -> new int[] { 2, 5, 9, 8, 4 };
				default -> new int[] { 2, 5, 12, 6, 3 };
			};
			answers.put("kundenfrequenz", Answer.choice(weighted(random, footfall)));
			double stay = branch.option() == 1 ? 0.6 : branch.option() == 2 ? 0.75 : 0.85;
			maybe(random, 0.9, answers, "innenstadt_bleiben", () -> Answer.yes(random.nextDouble() < stay));
		}

		if (random.nextDouble() < 0.15) {
			answers.put("nachhaltigkeit", Answer.choice(6));
		}
		else {
			answers.put("nachhaltigkeit", Answer.choices(picks(random, branch.greens(), 1 + random.nextInt(4))));
		}
		int[] customers = switch (branch.option()) {
			case 1, 2 -> new int[] { 4, 8, 4, 1, 2 };
			case 3 -> new int[] { 3, 7, 5, 1, 2 };
			default -> new int[] { 3, 8, 5, 2, 3 };
		};
		maybe(random, 0.9, answers, "nachhaltigkeit_kundschaft", () -> Answer.choice(weighted(random, customers)));
		answers.put("weiterempfehlung", Answer.number(step(branch.recommend() + (tookPart ? 1.2 : 0) + random.nextGaussian() * 2, 10)));
		if (random.nextDouble() < 0.45) {
			answers.put("zukunftsplan", Answer.text(String.join(" ", wishes(random, branch))));
		}
		String region = location == OUTSIDE ? pick(random, NEIGHBOURS) : BOTTROP_REGION;
		return new Response(at(day, random), branch.kind().name(), branch.sector(), region, answers);
	}

	/** One or two sentences, mostly of the branch's own. */
	private static List<String> wishes(Random random, Branch branch) {
		List<String> wishes = new ArrayList<>();
		int sentences = random.nextDouble() < 0.35 ? 2 : 1;
		while (wishes.size() < sentences) {
			String wish = pick(random, random.nextDouble() < 0.6 ? branch.wishes() : GENERAL_WISHES);
			if (!wishes.contains(wish)) {
				wishes.add(wish);
			}
		}
		return wishes;
	}

	/**
	 * A day from the opening to the day before the demo's today (to the closing day once today has
	 * passed it, or the whole span if today is before it), most in the first weeks as paper answers
	 * come in, on working days.
	 */
	private LocalDate companyDay(Random random) {
		LocalDate yesterday = LocalDate.now(clock).minusDays(1);
		LocalDate last = yesterday.isBefore(OPENS.plusDays(14)) || yesterday.isAfter(CLOSES) ? CLOSES : yesterday;
		long span = last.toEpochDay() - OPENS.toEpochDay();
		LocalDate day = OPENS.plusDays(Math.round(span * Math.pow(random.nextDouble(), 1.6)));
		// back to the Friday before; the survey opens on a Thursday
		while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
			day = day.minusDays(1);
		}
		return day;
	}

	private void evaluation() {
		UUID meeting = pastMeeting();
		SurveyDefinition definition = evaluationQuestions();
		UUID survey = surveys.create(new SurveyData(alliance(INDUSTRY), null,
				new Text(EVALUATION, "Evaluation of the 2023 network meeting"),
				new Text("""
						Vielen Dank, dass Sie am 5. September 2023 beim 4. Netzwerktreffen der regionalen \
						Industrieinitiativen in Berlin dabei waren! Sagen Sie uns in drei Minuten, was Ihnen gefallen hat \
						und was wir beim nächsten Mal besser machen können. Die Befragung ist anonym.""", """
						Thank you for joining the 4th network meeting of the regional industry initiatives in Berlin on \
						5 September 2023! Take three minutes to tell us what you liked and what we can do better next time. \
						The survey is anonymous."""),
				new Text("Danke für Ihre Rückmeldung – wir sehen uns beim nächsten Netzwerktreffen!",
						"Thank you for your feedback – see you at the next network meeting!"),
				true, false, LocalDate.of(2023, 9, 6), LocalDate.of(2023, 9, 22), null, meeting, definition));
		List<String> kinds = meeting == null ? new ArrayList<>() : participantKinds(meeting);
		Random random = new Random(2023);
		Collections.shuffle(kinds, random);
		List<Response> responses = new ArrayList<>();
		for (int i = 0; i < EVALUATION_RESPONSES; i++) {
			responses.add(evaluationResponse(random, i < kinds.size() ? kinds.get(i) : null));
		}
		insert(survey, definition, responses);
	}

	static SurveyDefinition evaluationQuestions() {
		return new SurveyDefinition(List.of(new SurveyPage(null, null, List.of(
				new Question("gesamt", QuestionType.SCALE,
						new Text("Wie hat Ihnen das Netzwerktreffen insgesamt gefallen?",
								"How did you like the network meeting overall?"),
						new Text("0 = gar nicht, 10 = hervorragend", "0 = not at all, 10 = excellent"), true, null, false,
						null, null, null, null, null),
				choice("creative_lab", new Text("An welchem Creative Lab haben Sie teilgenommen?",
						"Which Creative Lab did you take part in?"), false, false,
						texts("„Hereinspaziert: Junge Menschen für die Industrie begeistern“",
								"“Hereinspaziert”: getting young people excited about industry",
								"„Hiergeblieben: Maßnahmen für eine erfolgreiche Standortstärkung“",
								"“Hiergeblieben”: measures to strengthen the location", "An keinem", "Neither")),
				new Question("nuetzlich", QuestionType.MULTIPLE_CHOICE,
						new Text("Was war für Sie am nützlichsten?", "What was most useful to you?"),
						new Text("Bitte höchstens drei Antworten.", "Three answers at most."), false,
						texts("Keynote „Agility Mindset“", "Keynote “Agility Mindset”", "Speed Dating", "Speed dating",
								"Die Diskussion im Creative Lab", "The discussion in the Creative Lab",
								"Die Pitches aus den Regionen", "The pitches from the regions",
								"Ergebnisse und Aha-Momente der Botschafterinnen", "The ambassadors' results and insights",
								"Gespräche in den Pausen und bei Kaffee und Kuchen", "Talks during the breaks and over coffee"),
						false, null, 3, null, null, null),
				matrix("zufriedenheit", new Text("Wie zufrieden waren Sie mit …", "How satisfied were you with …"),
						texts("Organisation und Einladung", "Organisation and invitation", "Verpflegung", "Catering",
								"Veranstaltungsort", "Venue", "Programm und Zeitplan", "Programme and schedule"),
						texts("sehr unzufrieden", "very dissatisfied", "eher unzufrieden", "rather dissatisfied",
								"teils, teils", "neutral", "eher zufrieden", "rather satisfied", "sehr zufrieden",
								"very satisfied")),
				text("besser", QuestionType.LONG_TEXT, new Text("Was sollen wir beim nächsten Mal besser machen?",
						"What should we do better next time?")),
				yesNo("wiederkommen", new Text("Kommen Sie zum nächsten Netzwerktreffen wieder?",
						"Will you come to the next network meeting?"), false)))));
	}

	private Response evaluationResponse(Random random, @Nullable String kind) {
		LocalDate day = LocalDate.of(2023, 9, 6).plusDays(Math.round(14 * Math.pow(random.nextDouble(), 2)));
		Map<String, Answer> answers = new LinkedHashMap<>();
		answers.put("gesamt", Answer.number(weighted(random, new int[] { 0, 0, 0, 0, 1, 1, 2, 5, 11, 12, 8 })));
		int lab = weighted(random, new int[] { 19, 19, 2 });
		answers.put("creative_lab", Answer.choice(lab));
		int[] useful = { 5, 6, lab == 2 ? 0 : 12, lab == 2 ? 0 : 9, 4, 7 };
		answers.put("nuetzlich", Answer.choices(picks(random, useful, 1 + random.nextInt(3))));
		if (random.nextDouble() < 0.95) {
			answers.put("zufriedenheit", steps(random, 3.0, new double[] { 0.4, 0, 0.5, -0.2 }, 0.7));
		}
		maybe(random, 0.6, answers, "besser", () -> Answer.text(pick(random, EVALUATION_WISHES)));
		answers.put("wiederkommen", Answer.yes(random.nextDouble() < 0.9));
		return new Response(day.atTime(LocalTime.NOON).atZone(clock.getZone()).toOffsetDateTime(), kind, null, null, answers);
	}

	/** The network meeting of 2023, if the events' demo world has it and it is over. */
	private @Nullable UUID pastMeeting() {
		return events.find(new EventList.EventFilter(MEETING, null, null, null, null, false),
				EventList.Sort.STARTS_AT, 0, 10)
			.items().stream()
			.filter(event -> event.title().equals(MEETING) && event.endsAt().toInstant().isBefore(clock.instant()))
			.findFirst()
			.map(EventList.EventRow::id)
			.orElse(null);
	}

	/** The kind of organisation of everyone checked in; those who came from none in the registry as companies. */
	private List<String> participantKinds(UUID meeting) {
		List<UUID> organisations = new ArrayList<>();
		List<String> kinds = new ArrayList<>();
		registrations.forEach(meeting, RegistrationStatus.CONFIRMED, registration -> {
			if (registration.checkedInAt() != null) {
				organisations.add(registration.organisation());
			}
		});
		Map<UUID, OrganisationKind> known = network.organisationKinds(organisations.stream().filter(Objects::nonNull).toList());
		organisations.forEach(id -> kinds.add(known.getOrDefault(id, OrganisationKind.COMPANY).name()));
		return kinds;
	}

	private UUID alliance(String name) {
		return network.allianceNamed(name).orElseThrow(() -> new NoSuchElementException("No demo alliance " + name));
	}

	/** A response as the office typed it in, with what it knows of the organisation that answered. */
	record Response(OffsetDateTime at, @Nullable String kind, @Nullable String sector, @Nullable String region,
			Map<String, Answer> answers) {
	}

	/**
	 * The responses with their answers, in two statements; each checked as {@link Answering} checks a
	 * response, so that a slip in the invented answers fails the demo world instead of skewing results.
	 * An anonymous survey's responses keep the day only.
	 */
	private void insert(UUID survey, SurveyDefinition definition, List<Response> responses) {
		boolean anonymous = surveys.load(survey).data().anonymous();
		Map<UUID, Map<String, Answer>> answers = new LinkedHashMap<>();
		for (Response response : responses) {
			Map<String, Answer> counted = Visibility.counted(definition, response.answers());
			if (!counted.keySet().equals(response.answers().keySet())) {
				throw new IllegalStateException("Demo answers to questions not shown: " + response.answers().keySet());
			}
			definition.pages().stream()
				.filter(page -> Visibility.shows(definition, page, counted))
				.flatMap(page -> Visibility.questionsShown(definition, page, counted).stream())
				.forEach(question -> AnswerCheck.check(question, counted.get(question.key())).ifPresent(error -> {
					throw new IllegalStateException("Demo answer to " + question.key() + " refused: " + error);
				}));
			answers.put(UUID.randomUUID(), counted);
		}
		jdbc.sql("""
				insert into survey_response (id, survey, kind, sector, region, submitted_on, submitted_at)
				select r.id, ?, r.kind, r.sector, r.region, r.submitted_on, r.submitted_at
				from unnest(cast(? as uuid[]), cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as date[]),
				            cast(? as timestamptz[])) as r(id, kind, sector, region, submitted_on, submitted_at)""")
			.params(survey, answers.keySet().toArray(UUID[]::new),
					responses.stream().map(Response::kind).toArray(String[]::new),
					responses.stream().map(Response::sector).toArray(String[]::new),
					responses.stream().map(Response::region).toArray(String[]::new),
					responses.stream().map(response -> response.at().toLocalDate().toString()).toArray(String[]::new),
					responses.stream().map(response -> anonymous ? null : response.at().toString()).toArray(String[]::new))
			.update();
		AnswerRows.insert(jdbc, survey, definition, answers);
	}

	private OffsetDateTime at(LocalDate day, Random random) {
		return day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(clock.getZone()).toOffsetDateTime();
	}

	/** A matrix answer: each row's step around {@code level} (0 to the last step), moved by the row's offset. */
	private static Answer steps(Random random, double level, double[] offsets, double spread) {
		Map<Integer, Integer> items = new HashMap<>();
		for (int row = 0; row < offsets.length; row++) {
			items.put(row, step(level + offsets[row] + random.nextGaussian() * spread, 4));
		}
		return Answer.items(items);
	}

	/** The value rounded to a step from 0 to {@code last}. */
	private static int step(double value, int last) {
		return (int) Math.max(0, Math.min(last, Math.round(value)));
	}

	/** The options in the order of their weights, shaken: rank 1 for the first. */
	private static Answer ranking(Random random, int[] weights) {
		double[] scores = Arrays.stream(weights).mapToDouble(weight -> weight + random.nextGaussian() * 2.5).toArray();
		List<Integer> order = IntStream.range(0, weights.length).boxed()
			.sorted(Comparator.comparingDouble((Integer option) -> scores[option]).reversed())
			.toList();
		Map<Integer, Integer> ranks = new HashMap<>();
		for (int rank = 0; rank < order.size(); rank++) {
			ranks.put(order.get(rank), rank + 1);
		}
		return Answer.items(ranks);
	}

	/** {@code count} different options drawn by their weights, in the order of the options; those of weight 0 never. */
	private static List<Integer> picks(Random random, int[] weights, int count) {
		int[] left = weights.clone();
		List<Integer> picked = new ArrayList<>();
		while (picked.size() < count && Arrays.stream(left).sum() > 0) {
			int option = weighted(random, left);
			picked.add(option);
			left[option] = 0;
		}
		Collections.sort(picked);
		return picked;
	}

	private static int weighted(Random random, int[] weights) {
		int pick = random.nextInt(Arrays.stream(weights).sum());
		for (int option = 0; option < weights.length; option++) {
			pick -= weights[option];
			if (pick < 0) {
				return option;
			}
		}
		throw new IllegalArgumentException("No weights");
	}

	private static <T> T pick(Random random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	/** Answers the question with the likelihood given, as people skip optional questions. */
	private static void maybe(Random random, double likelihood, Map<String, Answer> answers, String question,
			Supplier<Answer> answer) {
		if (random.nextDouble() < likelihood) {
			answers.put(question, answer.get());
		}
	}

	/** German and English in pairs. */
	private static List<Text> texts(String... deEn) {
		return IntStream.range(0, deEn.length / 2).mapToObj(i -> new Text(deEn[2 * i], deEn[2 * i + 1])).toList();
	}

	private static Question choice(String key, Text text, boolean required, boolean other, List<Text> options) {
		return new Question(key, QuestionType.SINGLE_CHOICE, text, null, required, options, other, null, null, null, null,
				null);
	}

	private static Question matrix(String key, Text text, List<Text> rows, List<Text> steps) {
		return new Question(key, QuestionType.MATRIX, text, null, false, steps, false, null, null, null, rows, null);
	}

	private static Question yesNo(String key, Text text, boolean required) {
		return new Question(key, QuestionType.YES_NO, text, null, required, null, false, null, null, null, null, null);
	}

	private static Question text(String key, QuestionType type, Text text) {
		return new Question(key, type, text, null, false, null, false, null, null, null, null, null);
	}
}
