package org.regiolab.network;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.regiolab.platform.DemoWorldPart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The alliances' inner life from the seeds: the Metropolregion Nürnberg with its 23 districts and
 * 11 cities, vision, ground rules and bodies; Bottrop's goal; who coordinates what; the demo users
 * as people of member organisations; the creative labs' documentation in the members' area.
 */
@Component
class AllianceDemoWorld implements DemoWorldPart {

	static final List<String> NUREMBERG_REGIONS = List.of(
			// the 11 district-free cities
			"09361", "09561", "09461", "09462", "09463", "09562", "09563", "09464", "09564", "09565", "09363",
			// the 23 districts
			"09371", "09571", "09471", "09472", "09473", "09572", "09474", "09573", "09674", "09475", "09675", "09476",
			"09477", "09478", "09373", "09575", "09374", "09574", "09576", "16072", "09377", "09577", "09479");

	static final String CREATIVE_LABS = """
			Netzwerktreffen 2023 „Regionen im Dialog – Wir machen die Industrie fit für die Zukunft“, 5. September 2023, \
			Haus der Deutschen Wirtschaft, Berlin.

			Creative Lab „Hereinspaziert: Junge Menschen für die Industrie begeistern“ – Pitches: MINTec Hohenlohe \
			(Auszubildende vermitteln MINT-Wissen in Kindergärten) und die Kunststoff-Initiative Bonn/Rhein-Sieg \
			(ein Tag bei mehreren Unternehmen der Region).

			Creative Lab „Hiergeblieben: Maßnahmen für eine erfolgreiche Standortstärkung“ – Pitches: \
			Transformationsnetzwerk ReTraSON (Formate zur Ansprache der Mitgliedsunternehmen) und Unternehmensnetzwerk \
			Neukölln e. V. (Unternehmertreffen mit gegenseitigen Besuchen).

			Förderliche Maßnahmen: mehr „Material zum Anfassen“ im Schulunterricht; Vorbilder schaffen, etwa durch \
			Projekttage mit Eltern; Unternehmen in der Region gezielt vernetzen; Bürgerinnen und Bürger gezielt \
			informieren, etwa durch Bürgerdialoge.""";

	private final JdbcClient jdbc;
	private final PersonRegistry people;
	private final NetworkDirectory directory;

	AllianceDemoWorld(JdbcClient jdbc, PersonRegistry people, NetworkDirectory directory) {
		this.jdbc = jdbc;
		this.people = people;
		this.directory = directory;
	}

	@Override
	public int order() {
		return 210;
	}

	@Override
	public void load() {
		UUID nuremberg = directory.allianceNamed(NetworkDemoWorld.NUREMBERG).orElseThrow();
		UUID bottrop = directory.allianceNamed(NetworkDemoWorld.BOTTROP).orElseThrow();
		UUID industry = directory.allianceNamed(NetworkDemoWorld.INDUSTRY).orElseThrow();

		NUREMBERG_REGIONS.forEach(key -> jdbc.sql("insert into alliance_region (alliance, region) values (?, ?)")
			.params(nuremberg, key).update());
		jdbc.sql("insert into alliance_region (alliance, region) values (?, '05512')").param(bottrop).update();
		jdbc.sql("update alliance set ground_rules = ?, founded_on = date '2005-04-28' where id = ?")
			.params(new String[] { "Freiwilligkeit", "Augenhöhe", "Stadt-Land-Partnerschaft" }, nuremberg).update();
		jdbc.sql("update alliance set goals = ? where id = ?").params(new String[] {
				"Den Wirtschaftsstandort durch interdisziplinäre und branchenübergreifende Zusammenarbeit nachhaltig, "
						+ "resilient und zukunftsfähig aufstellen",
				"In Reallaboren entwickelte Lösungen in der Wirtschaft streuen",
				"Den Zukunftsplan konkretisieren und umsetzen" }, bottrop).update();
		body(nuremberg, "Steuerungskreis", "Gemeinsame Willensbildung des Vereins Europäische Metropolregion Nürnberg.");
		body(nuremberg, "Rat der Metropolregion", "Besetzt und unterstützt den Steuerungskreis personell.");
		body(nuremberg, "Wirtschaft der Metropolregion", "Besetzt und unterstützt den Steuerungskreis personell.");
		UUID steering = body(bottrop, "Steuerungsgruppe Fairtrade-Town", "17 Akteure statt der geforderten 3.");

		coordinator(bottrop, "koordination@demo.regiolab.example");
		coordinator(industry, "koordination@demo.regiolab.example");
		UUID member = person("Mehmet", "Meier", "mitglied@demo.regiolab.example", "Hochschule Ruhr West", "FabLab");
		person("Eva", "Engel", "experte@demo.regiolab.example", "Handwerkskammer Münster", "Digitalisierungsberaterin");
		jdbc.sql("insert into alliance_body_member (body, person, role) values (?, ?, 'Mitglied')").params(steering, member)
			.update();
		jdbc.sql("update alliance_membership set since = date '2019-01-01' where alliance = ?").param(bottrop).update();
		jdbc.sql("""
				insert into alliance_page (id, alliance, title, body, author)
				values (?, ?, 'Veranstaltungsberichte: Creative Labs 2023', ?, 'koordination@demo.regiolab.example')""")
			.params(UUID.randomUUID(), industry, CREATIVE_LABS).update();
	}

	private UUID body(UUID alliance, String name, String description) {
		UUID id = UUID.randomUUID();
		jdbc.sql("insert into alliance_body (id, alliance, name, description) values (?, ?, ?, ?)")
			.params(id, alliance, name, description).update();
		return id;
	}

	private void coordinator(UUID alliance, String email) {
		jdbc.sql("insert into alliance_coordinator (alliance, email) values (?, ?)").params(alliance, email).update();
	}

	private UUID person(String givenName, String familyName, String email, String organisation, String function) {
		return people.create(new PersonData(givenName, familyName, email, null,
				directory.organisationNamed(organisation).orElseThrow(), function,
				Set.of(new Consent(ConsentPurpose.MEMBERS_AREA, LocalDate.of(2026, 1, 15), null))), true);
	}
}
