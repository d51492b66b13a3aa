package org.regiolab.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.DemoWorldPart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alliances and organisations named in the seed documents: Bottrop's Wirtschaftsallianz, the
 * Metropolregion Nürnberg, Berlin's district alliances (BBWA) and the regional industry
 * initiatives with their service office, each initiative an alliance of its own.
 */
@Component
class NetworkDemoWorld implements DemoWorldPart {

	record Organisation(String name, OrganisationKind kind, @Nullable String sectorCode, @Nullable String regionKey,
			@Nullable String city) {
	}

	record Alliance(String name, AllianceKind kind, String region, @Nullable String vision, String description) {
	}

	record Membership(String alliance, String organisation, String role) {
	}

	static final String BOTTROP_OFFICE = "Amt für Wirtschaftsförderung und Standortmanagement der Stadt Bottrop";

	static final List<Organisation> ORGANISATIONS = List.of(
			new Organisation("Stadt Bottrop", OrganisationKind.MUNICIPALITY, "84", "05512", "Bottrop"),
			new Organisation(BOTTROP_OFFICE, OrganisationKind.CITY_DEPARTMENT, "84", "05512", "Bottrop"),
			new Organisation("Referat Migration der Stadt Bottrop", OrganisationKind.CITY_DEPARTMENT, "84", "05512", "Bottrop"),
			new Organisation("Ausländeramt der Stadt Bottrop", OrganisationKind.CITY_DEPARTMENT, "84", "05512", "Bottrop"),
			new Organisation("Hochschule Ruhr West", OrganisationKind.RESEARCH, "85", "05512", "Bottrop"),
			new Organisation("Handwerkskammer Münster", OrganisationKind.CHAMBER, "94", "05515", "Münster"),
			new Organisation("Kreishandwerkerschaft Emscher-Lippe-West", OrganisationKind.CHAMBER, "94", null, null),
			new Organisation("Agentur für Arbeit Gelsenkirchen", OrganisationKind.PUBLIC_AGENCY, "84", "05513", "Gelsenkirchen"),
			new Organisation("Jobcenter Arbeit für Bottrop", OrganisationKind.PUBLIC_AGENCY, "84", "05512", "Bottrop"),
			new Organisation("JOSEPHS – Das offene Innovationslabor", OrganisationKind.RESEARCH, "72", "09564", "Nürnberg"),
			new Organisation("Europäische Metropolregion Nürnberg e. V.", OrganisationKind.ASSOCIATION, "94", "09564", "Nürnberg"),
			new Organisation("Senatsverwaltung für Integration, Arbeit und Soziales", OrganisationKind.PUBLIC_AGENCY, "84", "11000", "Berlin"),
			new Organisation("Senatsverwaltung für Wirtschaft, Energie und Betriebe", OrganisationKind.PUBLIC_AGENCY, "84", "11000", "Berlin"),
			new Organisation("zgs consult", OrganisationKind.COMPANY, "70", null, null),
			new Organisation("Deutsches Institut für Urbanistik (Difu)", OrganisationKind.RESEARCH, "72", "11000", "Berlin"),
			new Organisation("Sozialforschungsstelle Dortmund", OrganisationKind.RESEARCH, "72", "05913", "Dortmund"),
			new Organisation("Wuppertal Institut", OrganisationKind.RESEARCH, "72", "05124", "Wuppertal"),
			new Organisation("ILS – Institut für Landes- und Stadtentwicklungsforschung", OrganisationKind.RESEARCH, "72", "05913", "Dortmund"),
			new Organisation("Stadt Dortmund", OrganisationKind.MUNICIPALITY, "84", "05913", "Dortmund"),
			new Organisation("Stadt Wuppertal", OrganisationKind.MUNICIPALITY, "84", "05124", "Wuppertal"),
			new Organisation("GovLab Arnsberg", OrganisationKind.CITY_DEPARTMENT, "84", "05958", "Arnsberg"),
			new Organisation("Social Innovation Center Hannover", OrganisationKind.CIVIL_SOCIETY, "94", "03241", "Hannover"),
			new Organisation("Impact Hub Berlin", OrganisationKind.COMPANY, "82", "11000", "Berlin"),
			new Organisation("Social Impact Lab Berlin", OrganisationKind.CIVIL_SOCIETY, "94", "11000", "Berlin"),
			new Organisation("Service- und Beratungsstelle für regionale Industrieinitiativen", OrganisationKind.OTHER, "70", "11000", "Berlin"),
			new Organisation("The School of Life Berlin", OrganisationKind.COMPANY, "85", "11000", "Berlin"),
			new Organisation("Innovationsregion Hohenlohe e. V.", OrganisationKind.ASSOCIATION, "94", "08126", null),
			new Organisation("MINTec Hohenlohe", OrganisationKind.ASSOCIATION, "94", "08126", null),
			new Organisation("Kunststoff-Initiative Bonn/Rhein-Sieg", OrganisationKind.ASSOCIATION, "94", "05314", "Bonn"),
			new Organisation("Transformationsnetzwerk ReTraSON", OrganisationKind.ASSOCIATION, "94", "03101", "Braunschweig"),
			new Organisation("Unternehmensnetzwerk Neukölln e. V.", OrganisationKind.ASSOCIATION, "94", "11000", "Berlin"),
			new Organisation("Bundesministerium für Wirtschaft und Klimaschutz", OrganisationKind.PUBLIC_AGENCY, "84", "11000", "Berlin"),
			// the seed (002) says only "IHKs" came to the network meeting; which ones is the demo's choice
			new Organisation("IHK Berlin", OrganisationKind.CHAMBER, "94", "11000", "Berlin"),
			new Organisation("IHK Region Stuttgart", OrganisationKind.CHAMBER, "94", "08111", "Stuttgart"),
			new Organisation("IHK Braunschweig", OrganisationKind.CHAMBER, "94", "03101", "Braunschweig"),
			new Organisation("IHK zu Leipzig", OrganisationKind.CHAMBER, "94", "14713", "Leipzig"),
			new Organisation("IHK Nürnberg für Mittelfranken", OrganisationKind.CHAMBER, "94", "09564", "Nürnberg"),
			new Organisation("IHK Chemnitz", OrganisationKind.CHAMBER, "94", "14511", "Chemnitz"),
			new Organisation("IHK Bonn/Rhein-Sieg", OrganisationKind.CHAMBER, "94", "05314", "Bonn"),
			new Organisation("IHK Heilbronn-Franken", OrganisationKind.CHAMBER, "94", "08121", "Heilbronn"));

	// The seed names ten BBWA offices but not their districts; which ten is the demo's choice.
	static final List<String> BERLIN_DISTRICTS = List.of("Charlottenburg-Wilmersdorf", "Friedrichshain-Kreuzberg",
			"Lichtenberg", "Marzahn-Hellersdorf", "Mitte", "Neukölln", "Pankow", "Spandau", "Tempelhof-Schöneberg",
			"Treptow-Köpenick");

	static final String BOTTROP = "Wirtschaftsallianz Bottrop";
	static final String NUREMBERG = "Metropolregion Nürnberg";
	static final String INDUSTRY = "Regionale Industrieinitiativen";

	static final List<Alliance> ALLIANCES = List.of(
			new Alliance(BOTTROP, AllianceKind.BUSINESS_ALLIANCE, "Bottrop", null,
					"Netzwerk Bottroper Wirtschaftsakteure: eine Plattform, die den Wirtschaftsstandort durch "
							+ "interdisziplinäre und branchenübergreifende Zusammenarbeit nachhaltig, resilient und "
							+ "zukunftsfähig aufstellt. Lösungen werden in Reallaboren im Kleinen erprobt und dann im "
							+ "Netzwerk gestreut."),
			new Alliance(NUREMBERG, AllianceKind.METROPOLITAN_REGION, "23 Landkreise und 11 kreisfreie Städte",
					"Heimat für Kreative",
					"Seit 2005 freiwilliger Zusammenschluss regionaler Akteur*innen: Bürgermeister*innen der Städte "
							+ "und Landkreise, mehr als 150 Betriebe sowie Vertreter*innen aus Wissenschaft, Kultur und "
							+ "Verwaltung. Fünf strategische Zielsetzungen; Spielregeln: Freiwilligkeit, Augenhöhe, "
							+ "Stadt-Land-Partnerschaft."),
			new Alliance(INDUSTRY, AllianceKind.INDUSTRY_INITIATIVE, "Bundesweit", null,
					"Die regionalen Industrieinitiativen und ihre Service- und Beratungsstelle; zum 4. Netzwerktreffen "
							+ "am 5. September 2023 kamen 46 Teilnehmende, davon 26 aus 21 Initiativen."));

	static final List<Membership> MEMBERSHIPS = List.of(
			new Membership(BOTTROP, BOTTROP_OFFICE, "OFFICE"),
			new Membership(BOTTROP, "Hochschule Ruhr West", "MEMBER"),
			new Membership(BOTTROP, "Handwerkskammer Münster", "MEMBER"),
			new Membership(BOTTROP, "Kreishandwerkerschaft Emscher-Lippe-West", "MEMBER"),
			new Membership(BOTTROP, "Agentur für Arbeit Gelsenkirchen", "MEMBER"),
			new Membership(BOTTROP, "Jobcenter Arbeit für Bottrop", "MEMBER"),
			// the partners of the Reallabor "Fachkräftesicherung"
			new Membership(BOTTROP, "Referat Migration der Stadt Bottrop", "PARTNER"),
			new Membership(BOTTROP, "Ausländeramt der Stadt Bottrop", "PARTNER"),
			new Membership(NUREMBERG, "Europäische Metropolregion Nürnberg e. V.", "OFFICE"),
			// the initiatives are alliances of their own, not members here: the umbrella would count as one more
			new Membership(INDUSTRY, "Service- und Beratungsstelle für regionale Industrieinitiativen", "OFFICE"));

	/** A regional industry initiative: an alliance of its own with its office as the one OFFICE member. */
	record Initiative(String name, String office, String region, String regionKey, String description) {
	}

	record District(String name, String key) {
	}

	static final String VEHICLE_NETWORK = "regionales Transformationsnetzwerk der Fahrzeugindustrie";

	/** The four initiatives the seed (002) names, with what their pitches told of them. */
	static final List<Initiative> SEED_INITIATIVES = List.of(
			new Initiative("Innovationsregion Hohenlohe e. V.", "Innovationsregion Hohenlohe e. V.", "Hohenlohekreis",
					"08126", "Regionale Industrieinitiative; begeistert mit MINTec Hohenlohe schon Kindergartenkinder für "
							+ "MINT-Themen, vermittelt von geschulten Auszubildenden."),
			new Initiative("Kunststoff-Initiative Bonn/Rhein-Sieg", "Kunststoff-Initiative Bonn/Rhein-Sieg", "Bonn/Rhein-Sieg",
					"05314", "Regionale Industrieinitiative; bringt junge Menschen einen Tag lang zu mehreren Unternehmen "
							+ "der Region, um Arbeit und Berufe vor Ort kennenzulernen."),
			new Initiative("Transformationsnetzwerk ReTraSON", "Transformationsnetzwerk ReTraSON", "Braunschweig", "03101",
					"Ein " + VEHICLE_NETWORK + " aus Braunschweig; spricht seine Mitgliedsunternehmen mit ansprechenden, "
							+ "innovativen Formaten und eingängigen Titeln an."),
			new Initiative("Unternehmensnetzwerk Neukölln e. V.", "Unternehmensnetzwerk Neukölln e. V.", "Berlin-Neukölln",
					"11000", "Regionale Industrieinitiative; ihre Unternehmerinnen und Unternehmer besuchen sich beim "
							+ "Unternehmertreffen gegenseitig und stärken so Standort und Kooperation vor Ort."));

	// The seed counts 21 initiatives, 6 of them transformation networks of the vehicle industry, but names only
	// four: the other 17 are invented, each named after a real district of the reference data.
	static final List<District> INVENTED_VEHICLE_NETWORKS = List.of(new District("Zwickau", "14524"),
			new District("Böblingen", "08115"), new District("Regionalverband Saarbrücken", "10041"),
			new District("Kassel", "06611"), new District("Ingolstadt", "09161"));

	static final List<District> INVENTED_INITIATIVES = List.of(new District("Recklinghausen", "05562"),
			new District("Borken", "05554"), new District("Goslar", "03153"), new District("Mittelsachsen", "14522"),
			new District("Erfurt", "16051"), new District("Magdeburg", "15003"), new District("Rostock", "13003"),
			new District("Koblenz", "07111"), new District("Solingen", "05122"), new District("Jena", "16053"),
			new District("Augsburg", "09761"), new District("Potsdam", "12054"));

	/** All 21 initiatives: the seed's four, then the invented ones. */
	static List<Initiative> initiatives() {
		List<Initiative> all = new ArrayList<>(SEED_INITIATIVES);
		INVENTED_VEHICLE_NETWORKS.forEach(district -> all.add(
				invented("Transformationsnetzwerk Fahrzeugindustrie " + district.name(), district, VEHICLE_NETWORK)));
		INVENTED_INITIATIVES.forEach(district -> all.add(
				invented("Industrieinitiative " + district.name(), district, "regionale Industrieinitiative")));
		return all;
	}

	private static Initiative invented(String name, District district, String what) {
		return new Initiative(name, "Geschäftsstelle " + name, district.name(), district.key(),
				"Erfundenes Demo-Beispiel: ein " + what + " im Gebiet " + district.name()
						+ "; nur die Region ist echt, Name und Geschäftsstelle sind ausgedacht.");
	}

	/** Invented contact people; the seeds' real names stay out of the demo's personal data. */
	record Contact(String givenName, String familyName, String email, String organisation, String function,
			List<ConsentPurpose> consents) {
	}

	static final List<Contact> CONTACTS = List.of(
			new Contact("Lena", "Vogt", "lena.vogt@demo.regiolab.example", BOTTROP_OFFICE, "Projektleitung Reallabore",
					List.of(ConsentPurpose.NEWSLETTER, ConsentPurpose.EVENT_INVITATIONS, ConsentPurpose.MEMBERS_AREA)),
			new Contact("Jonas", "Brandt", "jonas.brandt@demo.regiolab.example", "Handwerkskammer Münster",
					"Digitalisierungsberater", List.of(ConsentPurpose.EVENT_INVITATIONS)),
			new Contact("Aylin", "Kaya", "aylin.kaya@demo.regiolab.example", "Jobcenter Arbeit für Bottrop",
					"Arbeitgeberservice", List.of(ConsentPurpose.EVENT_INVITATIONS, ConsentPurpose.SURVEYS)),
			new Contact("Paul", "Lehmann", "paul.lehmann@demo.regiolab.example",
					"Service- und Beratungsstelle für regionale Industrieinitiativen", "Netzwerkkoordination",
					List.of(ConsentPurpose.NEWSLETTER)));

	private final JdbcClient jdbc;
	private final PersonRegistry people;
	private final NetworkDirectory directory;

	NetworkDemoWorld(JdbcClient jdbc, PersonRegistry people, NetworkDirectory directory) {
		this.jdbc = jdbc;
		this.people = people;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 200;
	}

	@Override
	public void load() {
		ORGANISATIONS.forEach(this::insert);
		ALLIANCES.forEach(this::insert);
		BERLIN_DISTRICTS.forEach(district -> {
			String alliance = "BBWA " + district;
			insert(new Alliance(alliance, AllianceKind.DISTRICT_ALLIANCE, "Berlin-" + district, null,
					"Bezirkliches Bündnis für Wirtschaft und Arbeit im Bezirk " + district
							+ ", mit einer Geschäftsstelle; gefördert aus Mitteln des Europäischen Sozialfonds."));
			insertOffice(alliance, new Organisation("Geschäftsstelle " + alliance, OrganisationKind.ASSOCIATION, "94",
					"11000", "Berlin"));
		});
		MEMBERSHIPS.forEach(this::insert);
		initiatives().forEach(initiative -> {
			insert(new Alliance(initiative.name(), AllianceKind.INDUSTRY_INITIATIVE, initiative.region(), null,
					initiative.description()));
			jdbc.sql("insert into alliance_region (alliance, region) select id, ? from alliance where name = ?")
				.params(initiative.regionKey(), initiative.name()).update();
			insertOffice(initiative.name(), new Organisation(initiative.office(), OrganisationKind.ASSOCIATION, "94",
					initiative.regionKey(), null));
		});
		CONTACTS.forEach(contact -> people.create(new PersonData(contact.givenName(), contact.familyName(),
				contact.email(), null, directory.organisationNamed(contact.organisation()).orElseThrow(),
				contact.function(), contact.consents().stream()
					.map(purpose -> new Consent(purpose, LocalDate.of(2026, 1, 15), null))
					.collect(Collectors.toSet())), true));
	}

	private void insert(Organisation organisation) {
		jdbc.sql("insert into organisation (id, name, kind, sector_code, region_key, city) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), organisation.name(), organisation.kind().name(), organisation.sectorCode(),
					organisation.regionKey(), organisation.city())
			.update();
	}

	/** The alliance's office, the organisation registered first unless the seeds name it already. */
	private void insertOffice(String alliance, Organisation office) {
		if (directory.organisationNamed(office.name()).isEmpty()) {
			insert(office);
		}
		insert(new Membership(alliance, office.name(), "OFFICE"));
	}

	private void insert(Alliance alliance) {
		jdbc.sql("insert into alliance (id, name, kind, region, vision, description) values (?, ?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), alliance.name(), alliance.kind().name(), alliance.region(), alliance.vision(),
					alliance.description())
			.update();
	}

	private void insert(Membership membership) {
		jdbc.sql("""
				insert into alliance_membership (alliance, organisation, role)
				select a.id, o.id, ? from alliance a, organisation o where a.name = ? and o.name = ?
				""").params(membership.role(), membership.alliance(), membership.organisation()).update();
	}
}
