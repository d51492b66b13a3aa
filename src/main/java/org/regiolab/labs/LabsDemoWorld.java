package org.regiolab.labs;

import java.util.List;
import java.util.UUID;

import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.DemoWorldPart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The labs of the seed documents: Bottrop's three Reallabore, JOSEPHS and the KoSI-Lab. */
@Component
class LabsDemoWorld implements DemoWorldPart {

	record Lab(String name, LabKind kind, String alliance, String coordinator, String place, String background) {
	}

	static final String BOTTROP = "Wirtschaftsallianz Bottrop";
	static final String BOTTROP_OFFICE = "Amt für Wirtschaftsförderung und Standortmanagement der Stadt Bottrop";

	static final List<Lab> LABS = List.of(
			new Lab("Hybride Formen des Handels", LabKind.REALLABOR, BOTTROP, BOTTROP_OFFICE, "Bottrop",
					"Die Bottroper Wirtschaft, geprägt von kleinen und mittelständischen Unternehmen, beim Thema "
							+ "Digitalisierung unterstützen und den Wirtschaftsstandort nachhaltiger gestalten."),
			new Lab("Digitale Koproduktion im Handwerk", LabKind.REALLABOR, BOTTROP, BOTTROP_OFFICE, "Bottrop",
					"Imageförderung des Handwerks sowie Digitalisierungs- und Innovationsförderung der "
							+ "handwerklichen Betriebe im Bottroper Stadtgebiet."),
			new Lab("Fachkräftesicherung", LabKind.REALLABOR, BOTTROP, BOTTROP_OFFICE, "Bottrop",
					"Möglichkeiten zur Integration Geflüchteter in den Arbeits- und Ausbildungsmarkt überprüfen, "
							+ "mit Blick auf die Erfahrungen und Wünsche der Bottroper Unternehmen."),
			new Lab("JOSEPHS", LabKind.INNOVATION_LAB, "", "JOSEPHS – Das offene Innovationslabor", "Nürnberg",
					"Offenes Innovationslabor in der Nürnberger Innenstadt mit wechselnden Themenwelten, in denen "
							+ "Besucher*innen Prototypen von Unternehmen an Forschungsinseln testen."),
			new Lab("KoSI-Lab", LabKind.SOCIAL_INNOVATION_LAB, "", "Sozialforschungsstelle Dortmund",
					"Dortmund und Wuppertal",
					"Kommunale Labore sozialer Innovation: Kommune, Zivilgesellschaft und Wirtschaft finden auf "
							+ "Augenhöhe gemeinsam bessere Lösungen für kommunale Herausforderungen."));

	private final JdbcClient jdbc;
	private final NetworkDirectory network;

	LabsDemoWorld(JdbcClient jdbc, NetworkDirectory network) {
		this.jdbc = jdbc;
		this.network = network;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public void load() {
		LABS.forEach(lab -> jdbc.sql("""
				insert into lab (id, name, kind, alliance, coordinator, place, background) values (?, ?, ?, ?, ?, ?, ?)
				""")
			.params(UUID.randomUUID(), lab.name(), lab.kind().name(), network.allianceNamed(lab.alliance()).orElse(null),
					network.organisationNamed(lab.coordinator()).orElse(null), lab.place(), lab.background())
			.update());
	}
}
