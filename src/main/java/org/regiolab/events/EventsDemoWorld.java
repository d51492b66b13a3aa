package org.regiolab.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Role;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabList;
import org.regiolab.network.AllianceDetails;
import org.regiolab.network.AllianceKind;
import org.regiolab.network.MembershipRole;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.network.NetworkLists;
import org.regiolab.platform.DemoWorldPart;
import org.regiolab.platform.TimeConfiguration;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The events of the seed documents: the 4th network meeting of the regional industry initiatives
 * (46 participants, 26 of them from 21 initiatives), the BBWA excursion to Nürnberg, Bottrop's
 * Handwerker-Frühstück as a monthly series and the virtual Digitalisierungssprechtag. The speakers
 * of a programme are the seeds' public figures; every participant is invented.
 */
@Component
class EventsDemoWorld implements DemoWorldPart {

	/** Who registered: an organisation of the registry or, for one that is not, its name as written. */
	record Attendee(@Nullable UUID organisation, @Nullable String organisationName) {
	}

	static final String MEETING = "4. Netzwerktreffen der regionalen Industrieinitiativen";
	static final String EXCURSION = "Exkursion der BBWA-Geschäftsstellen nach Nürnberg";
	static final String BREAKFAST = "Handwerker-Frühstück";
	static final String CONSULTATION = "Digitaler Digitalisierungssprechtag für das Bottroper Handwerk";
	static final String INDUSTRY = "Regionale Industrieinitiativen";
	static final String BOTTROP = "Wirtschaftsallianz Bottrop";
	static final String CRAFT_LAB = "Digitale Koproduktion im Handwerk";
	static final String BOTTROP_2018 = "Bottrop2018+";
	static final String DEMO_EXPERT = "experte@demo.regiolab.example";
	static final String DEMO_COORDINATOR = "koordination@demo.regiolab.example";
	static final String HEREINSPAZIERT = "Hereinspaziert: Junge Menschen für die Industrie begeistern";
	static final String HIERGEBLIEBEN = "Hiergeblieben: Maßnahmen für eine erfolgreiche Standortstärkung";
	static final List<String> SLOT_TOPICS = List.of("Digitale Auftragsabwicklung", "Online-Marketing", "IT-Sicherheit",
			"Förderprogramme");

	// invented people: given and family names combined by number, never a real participant of the seeds
	static final List<String> GIVEN_NAMES = List.of("Anna", "Ben", "Carla", "David", "Elif", "Felix", "Greta", "Hannes",
			"Ida", "Jan", "Katrin", "Lukas", "Marie", "Niklas", "Olga", "Peter", "Rita", "Stefan", "Tanja", "Uwe");
	static final List<String> FAMILY_NAMES = List.of("Albers", "Bauer", "Claßen", "Dietrich", "Ernst", "Fuchs", "Graf",
			"Hoffmann", "Iven", "Jäger", "Kühn", "Lorenz", "Möller", "Nowak", "Otto", "Pohl", "Quast", "Richter",
			"Schäfer", "Thiel", "Ulrich", "Vogel", "Winter");

	// invented industry actors of the network meeting, written in by hand because they are in no registry
	static final List<String> INDUSTRY_ACTORS = List.of("Beispiel Antriebstechnik GmbH", "Muster Kunststoffwerk GmbH",
			"Demo Werkzeugbau AG", "Beispiel Batteriesysteme GmbH", "Muster Metallbau GmbH", "Demo Elektronik GmbH");

	private final EventRegistry events;
	private final JdbcClient jdbc;
	private final NetworkDirectory network;
	private final NetworkLists lists;
	private final AllianceDetails alliances;
	private final LabList labs;
	private final FundingProgrammes funding;
	private final ConsultationDays consultations;
	private final Pitches pitches;
	private final SessionResults results;

	/** Numbers the invented people, so that no two registrations of one event share an email. */
	private int nextPerson;

	EventsDemoWorld(EventRegistry events, JdbcClient jdbc, NetworkDirectory network, NetworkLists lists,
			AllianceDetails alliances, LabList labs, FundingProgrammes funding, ConsultationDays consultations,
			Pitches pitches, SessionResults results) {
		this.events = events;
		this.jdbc = jdbc;
		this.network = network;
		this.lists = lists;
		this.alliances = alliances;
		this.labs = labs;
		this.funding = funding;
		this.consultations = consultations;
		this.pitches = pitches;
		this.results = results;
	}

	@Override
	public int order() {
		return 400;
	}

	@Override
	public void load() {
		networkMeeting();
		excursion();
		bottrop();
	}

	private void networkMeeting() {
		LocalDate day = LocalDate.of(2023, 9, 5);
		String creativeLabs = "14:45";
		// members only: the Servicestelle invited the initiatives, IHKs and industry actors of its network, and the
		// meeting's documentation lies in the members' area, not on the public calendar
		UUID meeting = events.create(new EventData(MEETING, EventKind.NETWORK_MEETING,
				"Netzwerktreffen 2023 „Regionen im Dialog – Wir machen die Industrie fit für die Zukunft“ der Service- "
						+ "und Beratungsstelle für regionale Industrieinitiativen: Keynote, Speed Dating und zwei Creative "
						+ "Labs zur Fachkräftegewinnung und Standortstärkung mit vier Pitches aus den Regionen.",
				at(day, "13:00"), at(day, "17:30"), "Haus der Deutschen Wirtschaft, Berlin", null,
				alliance(INDUSTRY), null, false, 60, at(LocalDate.of(2023, 7, 3), "09:00"),
				at(LocalDate.of(2023, 8, 29), "18:00"), null, List.of(
						session(day, "13:00", "13:15", "Begrüßung und Eröffnung",
								"Janine Hansen (Service- und Beratungsstelle für regionale Industrieinitiativen)", null),
						session(day, "13:15", "13:45", "Keynote: Agility Mindset",
								"Dr. Martin Ebeling (The School of Life Berlin)", null),
						session(day, "13:45", "14:05", "Austausch: „falsche“ und „echte“ Gefahren in der eigenen Arbeit",
								null, null),
						session(day, "14:05", "14:35", "Speed Dating", null, null),
						session(day, creativeLabs, "16:15", HEREINSPAZIERT,
								"Pitches: Guido Rebstock (Innovationsregion Hohenlohe e. V.), "
										+ "Dr. Christine Lötters (Kunststoff-Initiative Bonn/Rhein-Sieg)",
								"Creative Lab 1"),
						session(day, creativeLabs, "16:15", HIERGEBLIEBEN,
								"Pitches: Thomas Ahlswede-Brech (Transformationsnetzwerk ReTraSON), "
										+ "Jean-Marie Ayikpe (Unternehmensnetzwerk Neukölln e. V.)",
								"Creative Lab 2"),
						session(day, "16:15", "16:45", "Ergebnisse und Aha-Momente: die Botschafterinnen der Labs", null,
								null),
						session(day, "16:45", "17:00", "Fazit",
								"Dirk von der Hude (Bundesministerium für Wirtschaft und Klimaschutz)", null),
						session(day, "17:00", "17:30", "Kaffee und Kuchen", null, null))));

		// 26 from the 21 initiatives: each sends its office, five of them a second person
		List<Attendee> attendees = fromOffices(AllianceKind.INDUSTRY_INITIATIVE, INDUSTRY, 5);
		// 20 more from IHKs, the ministry and industry, none of them in an alliance
		List.of("IHK Berlin", "IHK Region Stuttgart", "IHK Braunschweig", "IHK zu Leipzig").forEach(chamber -> {
			attendees.add(registered(chamber));
			attendees.add(registered(chamber));
		});
		List.of("IHK Nürnberg für Mittelfranken", "IHK Chemnitz", "IHK Bonn/Rhein-Sieg", "IHK Heilbronn-Franken",
				"Bundesministerium für Wirtschaft und Klimaschutz", "Bundesministerium für Wirtschaft und Klimaschutz")
			.forEach(organisation -> attendees.add(registered(organisation)));
		INDUSTRY_ACTORS.forEach(actor -> attendees.add(new Attendee(null, actor)));
		attendees.forEach(attendee -> register(meeting, attendee, at(LocalDate.of(2023, 7, 20), "10:00"),
				at(day, "12:45")));
		creativeLabs(meeting);
	}

	/** The seed's four pitches on challenge, solution and measure, and what the ambassadors reported from both labs. */
	private void creativeLabs(UUID meeting) {
		Authentication office = UsernamePasswordAuthenticationToken.authenticated(DEMO_COORDINATOR, null,
				List.of(new SimpleGrantedAuthority(Role.COORDINATOR.authority())));
		UUID in = session(meeting, HEREINSPAZIERT);
		UUID stay = session(meeting, HIERGEBLIEBEN);
		pitches.submit(meeting, new PitchData(in, "Guido Rebstock", null, "Innovationsregion Hohenlohe e. V.",
				"MINTec Hohenlohe", "Junge Menschen früh für MINT-Themen und die Berufe der Industrie gewinnen.",
				"Auszubildende werden geschult und vermitteln ihr Wissen auf Augenhöhe in Kindergärten – von jungen "
						+ "Menschen für junge Menschen.",
				"Schulungen für Auszubildende und Besuche in Kindergärten der Region."), office);
		pitches.submit(meeting, new PitchData(in, "Dr. Christine Lötters", null, "Kunststoff-Initiative Bonn/Rhein-Sieg",
				"Ein Tag bei den Unternehmen der Region", "Junge Menschen kennen die Arbeit und die Berufe vor Ort kaum.",
				"Junge Menschen wortwörtlich an die Hand nehmen.",
				"Einen Tag lang zu mehreren Unternehmen der Region, um Arbeit und Berufe vor Ort kennenzulernen."), office);
		pitches.submit(meeting, new PitchData(stay, "Thomas Ahlswede-Brech", null, "Transformationsnetzwerk ReTraSON",
				"Mitgliedsunternehmen gezielt ansprechen", "Die Mitgliedsunternehmen für die Angebote des Netzwerks gewinnen.",
				"Formate möglichst ansprechend und innovativ gestalten und eingängige Titel finden.",
				"Einladungen, die direkt herausstechen."), office);
		pitches.submit(meeting, new PitchData(stay, "Jean-Marie Ayikpe", null, "Unternehmensnetzwerk Neukölln e. V.",
				"Das Unternehmertreffen", "Die Unternehmen vor Ort kennen die Arbeit der anderen kaum.",
				"Unternehmerinnen und Unternehmer besuchen sich gegenseitig und tauschen sich aus.",
				"Regelmäßige Unternehmertreffen, die Kontakte stiften und pflegen und so Standort und Kooperation stärken."),
				office);
		String aha = "Kaum Unterschiede zwischen den Regionen: Themen und Hürden sind oft dieselben, Lösungsansätze anderer "
				+ "Initiativen lassen sich übertragen. Große Bereitschaft, sich in den Labs zu beteiligen.";
		results.record(meeting, in, "Mehr »Material zum Anfassen« im Schulunterricht; Vorbilder schaffen, etwa durch "
				+ "Projekttage, an denen Eltern mit beruflicher Qualifikation ihre Berufe in Schulen vorstellen.", aha, office);
		results.record(meeting, stay, "Unternehmen in der Region gezielt vernetzen, um den Standort zu stärken; "
				+ "Bürgerinnen und Bürger gezielt informieren, etwa durch Bürgerdialoge.", aha, office);
	}

	private UUID session(UUID event, String title) {
		return results.ofEvent(event).stream().filter(session -> session.title().equals(title)).findFirst()
			.orElseThrow(() -> new NoSuchElementException("No session " + title)).session();
	}

	private void excursion() {
		LocalDate first = LocalDate.of(2018, 12, 13);
		LocalDate second = first.plusDays(1);
		UUID excursion = events.create(new EventData(EXCURSION, EventKind.EXCURSION,
				"Von anderen lernen: zwei Tage in Nürnberg mit den Geschäftsstellen von zehn Berliner Bündnissen für "
						+ "Wirtschaft und Arbeit, der zuständigen Senatsverwaltung und der zgs consult. Am ersten Tag das "
						+ "offene Innovationslabor JOSEPHS, am zweiten die Metropolregion Nürnberg.",
				at(first, "08:00"), at(second, "18:00"), "Nürnberg", null, null, null, false, 20, null, null, null,
				List.of(session(first, "08:00", "12:30", "Anreise von Berlin nach Nürnberg", null, null),
						session(first, "13:30", "16:30",
								"Führung durch das Innovationslabor JOSEPHS: Themenwelt »intelligent & digital« mit fünf "
										+ "Forschungsinseln",
								"JOSEPHS – Das offene Innovationslabor", null),
						session(first, "16:30", "17:30",
								"Austausch: Was lässt sich auf die Bündnisarbeit in den Berliner Bezirken übertragen?", null,
								null),
						session(second, "09:30", "12:30",
								"Besuch der Metropolregion Nürnberg: Struktur, Vision »Heimat für Kreative« und Spielregeln "
										+ "der Zusammenarbeit",
								"Geschäftsstellenleiterin der Europäischen Metropolregion Nürnberg", null),
						session(second, "13:30", "18:00", "Rückreise nach Berlin", null, null))));
		// 16 from the ten BBWA offices, six of them with two people; 2 from the Senate administration, 2 from zgs consult
		List<Attendee> attendees = fromOffices(AllianceKind.DISTRICT_ALLIANCE, null, 6);
		List.of("Senatsverwaltung für Integration, Arbeit und Soziales", "Senatsverwaltung für Integration, Arbeit und Soziales",
				"zgs consult", "zgs consult").forEach(organisation -> attendees.add(registered(organisation)));
		attendees.forEach(attendee -> register(excursion, attendee, at(LocalDate.of(2018, 11, 12), "10:00"),
				at(first, "07:45")));
	}

	private void bottrop() {
		UUID bottrop = alliance(BOTTROP);
		UUID lab = labs.find(new LabList.LabFilter(CRAFT_LAB, LabKind.REALLABOR, bottrop), 0, 1).items().stream()
			.findFirst().map(LabList.LabRow::id).orElse(null);
		UUID programme = funding.all().stream().filter(p -> p.name().equals(BOTTROP_2018)).findFirst()
			.map(FundingProgrammes.FundingProgramme::id).orElse(null);
		String breakfast = "Netzwerk- und Informationsformat der Kooperation »Digitalisierung als Imageträger des "
				+ "Bottroper Handwerks«: Handwerksbetriebe, Handwerkskammer Münster, Kreishandwerkerschaft und "
				+ "Wirtschaftsförderung bei Kaffee und Brötchen, jedes Mal mit einem kurzen Impuls.";

		// the first breakfast of November 2021 (the seed gives the month; the day is the demo's), with one no-show
		LocalDate start = LocalDate.of(2021, 11, 17);
		UUID past = events.create(breakfast(breakfast, start, bottrop, lab, programme));
		List<Attendee> craft = List.of(registered("Handwerkskammer Münster"),
				registered("Kreishandwerkerschaft Emscher-Lippe-West"), new Attendee(null, "Beispiel Elektrotechnik Bottrop"),
				new Attendee(null, "Muster Dachdeckerei GmbH"), new Attendee(null, "Demo Sanitär & Heizung"),
				new Attendee(null, "Beispiel Tischlerei"));
		for (int i = 0; i < craft.size(); i++) {
			register(past, craft.get(i), at(start.minusDays(10), "09:00"), i == craft.size() - 1 ? null : at(start, "07:55"));
		}

		// the series continues monthly from December 2026; the first breakfast has its first registrations
		List<UUID> series = events.createSeries(breakfast(breakfast, LocalDate.of(2026, 12, 2), bottrop, lab, programme),
				Recurrence.MONTHLY, 6);
		craft.subList(0, 4).forEach(attendee -> register(series.get(0), attendee, at(LocalDate.of(2026, 11, 10), "09:00"),
				null));

		LocalDate consultation = LocalDate.of(2027, 1, 20);
		UUID sprechtag = events.create(new EventData(CONSULTATION, EventKind.CONSULTATION_DAY,
				"Virtueller Sprechtag mit der Möglichkeit der betriebsspezifischen Beratung mit Fachexpert:innen der "
						+ "Handwerkskammer zu individuellen Digitalisierungsthemen; Termine nach Anmeldung.",
				at(consultation, "09:00"), at(consultation, "15:00"), null, "https://sprechtag.demo.regiolab.example/bottrop",
				bottrop, lab, true, 8, null, null, programme,
				List.of(session(consultation, "09:00", "09:30", "Kurzimpuls: Wo steht das Bottroper Handwerk digital?",
						null, null),
						session(consultation, "09:30", "15:00", "Einzelberatungen der Betriebe (je 45 Minuten)",
								"Digitalisierungsberatung der Handwerkskammer Münster", null))));
		craft.subList(2, 4).forEach(attendee -> register(sprechtag, attendee, at(LocalDate.of(2026, 11, 16), "14:00"),
				null));
		// the demo expert offers the individual consultations of 45 minutes, still all free
		Caller expert = new Caller(DEMO_EXPERT, false, false);
		List.of("09:30", "10:15", "11:00", "11:45", "13:00", "13:45").forEach(time -> consultations.publish(sprechtag, expert,
				new SlotData(at(consultation, time), 45, SLOT_TOPICS, true, null, "https://sprechtag.demo.regiolab.example/bottrop")));
	}

	private EventData breakfast(String description, LocalDate day, UUID bottrop, @Nullable UUID lab,
			@Nullable UUID programme) {
		return new EventData(BREAKFAST, EventKind.BREAKFAST, description, at(day, "08:00"), at(day, "09:30"), "Bottrop",
				null, bottrop, lab, true, 25, null, null, programme,
				List.of(session(day, "08:00", "08:20", "Impuls zu einem Digitalisierungsthema", null, null),
						session(day, "08:20", "09:30", "Frühstück und Austausch", null, null)));
	}

	/**
	 * One person from the office of every alliance of the kind but the one named, in the order of the
	 * alliances' names, and a second one from the first {@code twice} offices.
	 */
	private List<Attendee> fromOffices(AllianceKind kind, @Nullable String except, int twice) {
		List<Attendee> offices = lists.alliances(null, kind, 0, 100).items().stream()
			.filter(alliance -> !alliance.name().equals(except))
			.flatMap(alliance -> alliances.members(alliance.id()).stream())
			.filter(member -> member.role().equals(MembershipRole.OFFICE.name()))
			.map(member -> new Attendee(member.organizationId(), null))
			.toList();
		List<Attendee> attendees = new ArrayList<>(offices);
		attendees.addAll(offices.subList(0, twice));
		return attendees;
	}

	private Attendee registered(String organisation) {
		return new Attendee(network.organisationNamed(organisation)
			.orElseThrow(() -> new NoSuchElementException("No demo organisation " + organisation)), null);
	}

	private UUID alliance(String name) {
		return network.allianceNamed(name).orElseThrow(() -> new NoSuchElementException("No demo alliance " + name));
	}

	/** A confirmed registration of an invented person, checked in if {@code checkedInAt} is given. */
	private void register(UUID event, Attendee attendee, OffsetDateTime registeredAt, @Nullable OffsetDateTime checkedInAt) {
		int person = nextPerson++;
		String given = GIVEN_NAMES.get(person % GIVEN_NAMES.size());
		String family = FAMILY_NAMES.get(person % FAMILY_NAMES.size());
		jdbc.sql("""
				insert into registration (id, event, arrival, given_name, family_name, email, organisation,
				                          organisation_name, consent_to_contact, language, status, cancel_token,
				                          registered_at, confirmed_at, checked_in_at)
				values (?, ?, nextval('registration_arrival'), ?, ?, ?, ?, ?, false, 'de', 'CONFIRMED', ?, ?, ?, ?)""")
			.params(UUID.randomUUID(), event, given, family, email(given, family, person), attendee.organisation(),
					attendee.organisationName(), RegistrationDesk.newToken(), registeredAt, registeredAt, checkedInAt)
			.update();
	}

	static String email(String given, String family, int person) {
		String local = (given + "." + family + "." + person).toLowerCase(Locale.GERMAN)
			.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
		return local + "@demo.regiolab.example";
	}

	private static OffsetDateTime at(LocalDate day, String time) {
		return ZonedDateTime.of(day, LocalTime.parse(time), TimeConfiguration.ZONE).toOffsetDateTime();
	}

	private static ProgrammeSession session(LocalDate day, String from, String to, String title,
			@Nullable String speakers, @Nullable String track) {
		return new ProgrammeSession(at(day, from), at(day, to), title, speakers, null, track);
	}
}
