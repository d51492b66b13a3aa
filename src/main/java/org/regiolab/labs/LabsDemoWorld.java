package org.regiolab.labs;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.CertificationData.Criterion;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.DemoWorldPart;

import org.springframework.stereotype.Component;

/**
 * The labs of the seed documents: Bottrop's three Reallabore with their measures, the
 * Fairtrade-Town certification and the funding programmes the seeds name, JOSEPHS and the KoSI-Lab.
 */
@Component
class LabsDemoWorld implements DemoWorldPart {

	record Lab(String name, LabKind kind, @Nullable String alliance, String coordinator, String place, String phase,
			String background, @Nullable String goals, List<String> members) {
	}

	record Programme(String name, Fund fund, String operator, String notice) {
	}

	static final String BOTTROP = "Wirtschaftsallianz Bottrop";
	static final String BOTTROP_OFFICE = "Amt für Wirtschaftsförderung und Standortmanagement der Stadt Bottrop";
	static final String TRADE = "Hybride Formen des Handels";
	static final String CRAFT = "Digitale Koproduktion im Handwerk";
	static final String SKILLS = "Fachkräftesicherung";
	static final String SECOND_PHASE = "Zweite Projektphase (Verstetigung)";

	static final List<Lab> LABS = List.of(
			new Lab(TRADE, LabKind.REALLABOR, BOTTROP, BOTTROP_OFFICE, "Bottrop", SECOND_PHASE,
					"Das Reallabor »Hybride Formen des Handels« wurde schon in der ersten Projektphase mit Fokus auf den "
							+ "Einzelhandel eingeführt. In der zweiten Projektphase wurden im Reallabor zwei Hauptziele "
							+ "formuliert: Zum einen sollte die Bottroper Wirtschaft, die durch kleine und mittelständische "
							+ "Unternehmen geprägt ist, weiterhin zum Thema Digitalisierung unterstützt werden. Dieser Bedarf hat "
							+ "sich im Zuge der Covid-19-Pandemie erhöht. Mit dem Eintreten der Kontaktbeschränkungen und des "
							+ "Lockdowns wurde schnell klar, dass es vielen Unternehmen, sowohl aus dem Einzelhandel als auch der "
							+ "Gastronomie und anderen Dienstleistungsbereichen, an einer digitalen Präsenz und Online-Angeboten "
							+ "mangelt. Um die Resilienz der Wirtschaft zu erhöhen, hat das Amt für Wirtschaftsförderung und "
							+ "Standortmanagement mehrere Maßnahmen koordiniert und umgesetzt. Darüber hinaus hat sich das Amt "
							+ "mit dem Projekt »Bottrop 2018+« das Ziel gesetzt, den Wirtschaftsstandort nachhaltiger zu "
							+ "gestalten. Vor diesem Hintergrund wurde im Rahmen des Reallabors das Thema »Fairtrade« "
							+ "aufgegriffen und parallel als ein weiteres Reallabor verfolgt.",
					null, List.of("Stadt Bottrop")),
			new Lab(CRAFT, LabKind.REALLABOR, BOTTROP, BOTTROP_OFFICE, "Bottrop", SECOND_PHASE,
					"Schon in der ersten Projektphase fiel der thematische Fokus des Reallabors »Digitale Koproduktion im "
							+ "Handwerk« auf den Megatrend Digitalisierung. Insbesondere die Zusammenarbeit mit der Hochschule "
							+ "Ruhr West (HRW) bzw. dessen FabLab ist hier zu nennen. Der Transfer der theoretischen "
							+ "Digitalisierungsstrategie und -möglichkeiten in die Praxis des Bottroper Handwerks blieb jedoch "
							+ "aus. Zudem steht das Handwerk im Allgemeinen und so auch in Bottrop vor der Herausforderung des "
							+ "Nachwuchs- und Fachkräftemangels. Die Konzentration der handwerklichen Betriebe auf das tägliche "
							+ "Kerngeschäft erschwert eine verbesserte Fachkräftesicherung sowie die Auseinandersetzung mit "
							+ "Digitalisierungsmethoden. An diesen Punkten setzt das Reallabor in der zweiten Projektphase an.",
					"Zwei übergeordnete Zielsetzungen wurden dabei verfolgt: Imageförderung des Wirtschaftszweigs Handwerk "
							+ "sowie Digitalisierungs-, und Innovationsförderung der handwerklichen Betriebe innerhalb des "
							+ "Bottroper Stadtgebiets. Unmittelbar damit verbunden wurde eine Kampagne, die auf eine "
							+ "Attraktivitätssteigerung des Handwerks, eine Sensibilisierung der allgemeinen Öffentlichkeit und auf "
							+ "die Förderung der Sichtbarkeit des Berufszweigs als wettbewerbsfähiger, zukunftsfähiger und "
							+ "sicherer Arbeitgeber abzielte, angestoßen.",
					List.of("Handwerkskammer Münster", "Kreishandwerkerschaft Emscher-Lippe-West",
							"Agentur für Arbeit Gelsenkirchen", "Jobcenter Arbeit für Bottrop", "Hochschule Ruhr West")),
			new Lab(SKILLS, LabKind.REALLABOR, BOTTROP, BOTTROP_OFFICE, "Bottrop", SECOND_PHASE,
					"In verschiedenen Branchen und Gewerken wird in den nächsten Jahren ein Fachkräftemangel erwartet. "
							+ "Seitens der Unternehmen wird dieser bereits seit geraumer Zeit befürchtet und teilweise als Grund "
							+ "für den Rückgang unternehmerischer Expansionsmöglichkeiten angeführt. Außerdem wird davor "
							+ "gewarnt, dass bestehende Wertschöpfungsketten beeinträchtigt und Dienstleistungen zukünftig nicht "
							+ "mehr in gewohntem Maße angeboten werden könnten, wenn der Zugang zu Fachkräften nicht länger "
							+ "gewährleistet werden kann. Zudem ist ein voranschreitender demografischer Wandel zu beobachten mit "
							+ "der Folge, dass die momentane Belegschaft sukzessive in den Ruhestand wechselt. Aus diesen Gründen "
							+ "widmet sich das Reallabor »Fachkräftesicherung« der Frage, in welchem Ausmaß und unter welchen "
							+ "Bedingungen eine Einstellung von Geflüchteten als Fachkräfte eine Chance zur Abmilderung dieses "
							+ "Fachkräftemangels sein kann.",
					"Übergeordnetes Ziel des Reallabors ist es, die Möglichkeiten zur Integration Geflüchteter in den "
							+ "Arbeits- und Ausbildungsmarkt zu überprüfen und hierbei den Fokus auf die Erfahrungen und Wünsche "
							+ "der Bottroper Unternehmen sowie die potenziellen Fachkräfte zu legen. Die Unternehmenssicht "
							+ "bildet den Ausgangspunkt für die Erhebung dieser Integrationsmöglichkeiten. Das Reallabor "
							+ "konzentriert sich dabei auf Handwerksbetriebe. Die Wahl der Branche hat sich aus einer erhöhten "
							+ "Anstellungsquote von Geflüchteten sowie einer höheren Teilnahmebereitschaft der Betriebe ergeben. "
							+ "Die Erkenntnisse sollen dennoch auf alle Gewerke anwendbar sein.",
					List.of("Referat Migration der Stadt Bottrop", "Ausländeramt der Stadt Bottrop",
							"Jobcenter Arbeit für Bottrop")),
			new Lab("JOSEPHS", LabKind.INNOVATION_LAB, null, "JOSEPHS – Das offene Innovationslabor", "Nürnberg",
					"Laufender Betrieb mit wechselnden Themenwelten",
					"Offenes Innovationslabor in der Nürnberger Innenstadt mit wechselnden Themenwelten, in denen "
							+ "Besucher*innen Prototypen von Unternehmen an Forschungsinseln testen.",
					null, List.of()),
			new Lab("KoSI-Lab", LabKind.SOCIAL_INNOVATION_LAB, null, "Sozialforschungsstelle Dortmund",
					"Dortmund und Wuppertal", "Verbundprojekt (BMBF-gefördert)",
					"Kommunale Labore sozialer Innovation: Kommune, Zivilgesellschaft und Wirtschaft finden auf "
							+ "Augenhöhe gemeinsam bessere Lösungen für kommunale Herausforderungen.",
					null, List.of("Stadt Dortmund", "Stadt Wuppertal")));

	// the notices of ESF and EFRE are the seed's (000); the seeds give none for Bottrop2018+ and Wifi4EU, so theirs
	// are demo texts worded after the usual formula
	static final List<Programme> PROGRAMMES = List.of(
			new Programme("ESF – Partnerschaft-Entwicklung-Beschäftigung (PEB) und Lokales Soziales Kapital (LSK)", Fund.ESF,
					"Senatsverwaltung für Integration, Arbeit und Soziales, Berlin",
					"Projekte in den Förderprogrammen Partnerschaft-Entwicklung-Beschäftigung (PEB) und Lokales Soziales "
							+ "Kapital (LSK) werden aus Mitteln des Europäischen Sozialfonds und der Senatsverwaltung für "
							+ "Integration, Arbeit und Soziales gefördert."),
			new Programme("EFRE – Wirtschaftsdienliche Maßnahmen (WDM)", Fund.EFRE,
					"Senatsverwaltung für Wirtschaft, Energie und Betriebe, Berlin",
					"Projekte im Förderprogramm Wirtschaftsdienliche Maßnahmen (WDM) werden aus Mitteln des Europäischen "
							+ "Fonds für regionale Entwicklung durch die Senatsverwaltung für Wirtschaft, Energie und Betriebe "
							+ "gefördert."),
			new Programme(BottropFactSheets.BOTTROP_2018, Fund.MUNICIPAL, BOTTROP_OFFICE,
					"Die Maßnahme wird im Rahmen des Projekts »Bottrop 2018+« der Stadt Bottrop umgesetzt."),
			new Programme(BottropFactSheets.WIFI4EU, Fund.OTHER, "Europäische Kommission",
					"Das kostenlose WLAN in der Bottroper Innenstadt wird von der Europäischen Union im Rahmen der "
							+ "Initiative WiFi4EU gefördert."));

	private final LabRegistry labs;
	private final MeasureRegistry measures;
	private final FundingProgrammes programmes;
	private final Certifications certifications;
	private final NetworkDirectory network;

	LabsDemoWorld(LabRegistry labs, MeasureRegistry measures, FundingProgrammes programmes, Certifications certifications,
			NetworkDirectory network) {
		this.labs = labs;
		this.measures = measures;
		this.programmes = programmes;
		this.certifications = certifications;
		this.network = network;
	}

	@Override
	public int order() {
		return 300;
	}

	@Override
	public void load() {
		Map<String, UUID> programmeIds = new HashMap<>();
		PROGRAMMES.forEach(programme -> programmeIds.put(programme.name(), programmes.create(
				new FundingProgrammeData(programme.name(), programme.fund(), programme.operator(), programme.notice()))));
		Map<String, UUID> labIds = new HashMap<>();
		LABS.forEach(lab -> labIds.put(lab.name(), labs.create(new LabData(lab.name(), lab.kind(),
				lab.alliance() == null ? null : network.allianceNamed(lab.alliance()).orElseThrow(),
				organisation(lab.coordinator()), lab.members().stream().map(this::organisation).toList(), lab.place(),
				lab.background(), lab.goals(), lab.phase()))));
		BottropFactSheets.measures(programmeIds::get, this::organisation)
			.forEach((lab, sheets) -> sheets.forEach(sheet -> measures.create(labIds.get(lab), sheet)));
		certifications.create(labIds.get(TRADE), new CertificationData("Fairtrade-Town", LocalDate.of(2021, 11, 26), 24,
				List.of(new Criterion("Steuerungsgruppe mit mindestens 3 Akteuren", true,
						"17 Akteure in der Steuerungsgruppe statt 3"))));
	}

	private UUID organisation(String name) {
		return network.organisationNamed(name).orElseThrow(() -> new NoSuchElementException("No demo organisation " + name));
	}
}
