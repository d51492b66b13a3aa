package org.regiolab.labs;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.regiolab.labs.MeasureData.Actor;
import org.regiolab.labs.MeasureData.Funding;
import org.regiolab.labs.MeasureData.Result;

/**
 * The measures of Bottrop's three Reallabore as the fact-sheet tables of the seed give them
 * (shared/seeds/003): every entry in the seed's words and order. Line breaks of the printed
 * original (»Gastro- nomie«) are joined. The seed dates results in its text (»26. November 2021 –
 * Auszeichnung erworben»); here the date is the result's date, so timelines can sort by it.
 */
final class BottropFactSheets {

	static final String BOTTROP_2018 = "Bottrop2018+";
	static final String WIFI4EU = "Wifi4EU";

	private BottropFactSheets() {
	}

	/**
	 * The measures per lab name.
	 * @param programme the id of a funding programme by its name
	 * @param organisation the id of a registry organisation by its name
	 */
	static Map<String, List<MeasureData>> measures(Function<String, UUID> programme, Function<String, UUID> organisation) {
		MeasureData fairtrade = new MeasureData("Fairtrade-Town – Auszeichnung und Netzwerk",
				List.of("Auszeichnung »Fairtrade-Town« - Kriterien erfüllen, Akteure vernetzen und zum Thema Fairtrade engagieren",
						"Netzwerk »Fairtrade Bottrop«"),
				"Amt für Wirtschaftsförderung", List.of(),
				names("Einzelhändler", "Politik (Stadtrat)", "Gastronomie", "Glaubensgemeinschaften", "Schulen",
						"Vereine und Kitas"),
				List.of("Gesamte Stadtgesellschaft"),
				List.of("Engagement", "Sichtbarkeit", "Gegenseitige Unterstützung zum Thema »Fairtrade« durch Vernetzung"),
				List.of(new Result("Auszeichnung erworben; Übererfüllung der Kriterien (z.B. 17 Akteure in der Steuerungsgruppe statt 3)",
						ResultDate.parse("2021-11-26", "date")),
						new Result("Einbindung in die regionalen und nationalen Fairtrade Netzwerke", null),
						new Result("Interesse in Großunternehmen geweckt", null),
						new Result("Inspiration zum Engagement in Schulen", null), new Result("Start des Netzwerks", null)),
				"Die erworbene Auszeichnung »Fairtrade-Town« hat zunächst eine Validität von 2 Jahren. Nach Ablauf dieser Zeit "
						+ "wird eine neue Prüfung stattfinden. Aus diesem Grund wird angestrebt, über die Projektlaufzeit hinaus "
						+ "das Netzwerk und das Engagement aufrechtzuerhalten und zu erweitern.",
				List.of("fair-trade"), List.of(11, 12), List.of(new Funding(programme.apply(BOTTROP_2018), null)));
		MeasureData halloBot = new MeasureData("HalloBot – Onlineplattform und Digitalisierungsangebot",
				List.of("Wifi in der Innenstadt", "Veranstaltungsreihe »Digitalisierungsausbau in Unternehmen«",
						"Onlineplattform"),
				"Amt für Wirtschaftsförderung", List.of("Förderprogramm »Wifi4EU«"),
				names("6 Unternehmen in der Innenstadt – Räumlichkeiten für Wifi Spots", "Digitalisierungsexperten",
						"Unternehmen aus Handel, Gastronomie und Gewerbe"),
				List.of("Bürger:innen", "Unternehmen", "Gesamtstadt"),
				List.of("Mehr Kundschaft in der Innenstadt", "Information zu Digitalisierungsausbau; starke Unternehmen",
						"Kostenlose und niederschwellige digitale Präsenz für Unternehmen; Stadtangebot auf einem Blick"),
				List.of(new Result("Freies Wifi in der Innenstadt", null),
						new Result("3 Unternehmen konnten Förderung für Digitalisierungsmaßnahmen nach der Veranstaltungsreihe "
								+ "erwerben; Erhöhtes Interesse für weitere Angebote (Digital Coaching)", null),
						new Result("Großes Interesse für die Plattform, jedoch wenig Einschreiben nach Eigeninitiative. Aktive "
								+ "Rolle der Wirtschaftsförderung. Meist besuchten Seiten: Fairtrade-Town, Wochenmarkt, "
								+ "Bottrop-Gutschein", null)),
				"Das Thema Digitalisierung wird Bottrop und die Wirtschaft weiterhin begleiten. Die Betreuung und "
						+ "Aktualisierung der aufgebauten Plattform wird fortgeführt, sodass sie als ein erster »digitaler« "
						+ "Stopp für die Bottroper Bürger:innen und Unternehmen dienen kann.",
				List.of("digitalisation"), List.of(),
				List.of(new Funding(programme.apply(BOTTROP_2018), null), new Funding(programme.apply(WIFI4EU), null)));
		MeasureData craft = new MeasureData("Kooperation zur Erhöhung des Digitalisierungsstands der Bottroper Handwerksunternehmen",
				List.of("formale Kooperation zwischen den beteiligten Akteuren",
						"Initiative »Digitalisierung als Imageträger des Bottroper Handwerks« inkl.",
						"Regelmäßige Veranstaltungsreihe »Handwerker Frühstück«",
						"virtueller Digitalisierungssprechtag für das Bottroper Handwerk mit der Möglichkeit der "
								+ "betriebsspezifischen Beratung mit Fachexpert:innen der HWK zu individuellen Themen",
						"Erstellen einer medienwirksamen Imagekampagne, die das Bottroper Handwerk mittels der Themen "
								+ "Digitalisierung und Innovation in der Öffentlichkeit präsentiert"),
				"Amt für Wirtschaftsförderung, später kann wechseln",
				List.of("Überwiegend Bottrop2018+, später geteilte Ressourcen"),
				List.of(registered(organisation, "Handwerkskammer Münster"),
						registered(organisation, "Kreishandwerkerschaft Emscher-Lippe-West"),
						registered(organisation, "Agentur für Arbeit Gelsenkirchen"),
						registered(organisation, "Jobcenter Arbeit für Bottrop")),
				List.of("Handwerksunternehmen"),
				List.of("das Bottroper Handwerk wird als kompetenten Arbeitgeber in der Öffentlichkeit darzustellen und als "
						+ "zukunftsfähigen Wirtschaftstreiber wahrgenommen", "Sicherung von Nachwuchs"),
				List.of(new Result("beschließen der offiziellen Kooperation", ResultDate.parse("2021-08", "date")),
						new Result("Auftaktveranstaltung", ResultDate.parse("2021-09", "date")),
						new Result("Start vom Handwerker Frühstück und Digitalisierungssprechtag", ResultDate.parse("2021-11", "date")),
						new Result("Start der Imagekampagne", ResultDate.parse("2022", "date"))),
				"Die effektiven Maßnahmen im Reallabor konnten erst in der zweiten Hälfte 2021 umgesetzt werden. Die Themen "
						+ "Digitalisierung und Fachkräftesicherung werden das Handwerk in Bottrop allerdings langfristig begleiten. "
						+ "Vor diesem Hintergrund war es zentral eine Kooperation zwischen den wichtigsten Akteuren am Standort "
						+ "zu initiieren, die neben den angestoßenen Aktivitäten zukünftig weitere Themenschwerpunkte setzen und "
						+ "bespielen können. Dazu zählt u.a. die Weiterführung des Handwerker-Frühstücks als Netzwerk- und "
						+ "Informationsformat. Zudem liegt das Bestreben darin, die Kooperation innerhalb der Branche als "
						+ "relevanten Partner zu etablieren, indem sie Informationen sowie Beratungs- und Förderangebote an die "
						+ "Handwerksbetriebe heranträgt.",
				List.of("digitalisation"), List.of(8), List.of(new Funding(programme.apply(BOTTROP_2018), null)));
		MeasureData refugees = new MeasureData("Unterstützung der Integration von Geflüchteten in Bottroper Unternehmen",
				List.of("Verständnis über die Einstellung Geflüchteter verschaffen", "Handlungsbedarfe ermitteln durch:",
						"Qualitative Befragung von (Handwerks)Unternehmen (Interviews)",
						"Initiierung eines Netzwerks des Referats Migration, Unternehmen und weiteren Akteuren"),
				"Amt für Wirtschaftsförderung, später kann wechseln", List.of("Bottrop2018+ (projektfinanziert)"),
				List.of(new Actor(organisation.apply("Referat Migration der Stadt Bottrop"), "Sozialamt bzw. Referat Migration"),
						new Actor(organisation.apply("Ausländeramt der Stadt Bottrop"), "Ausländeramt"),
						new Actor(null, "Unternehmen"), new Actor(null, "Geflüchtete")),
				List.of("(Handwerks-)Unternehmen"),
				List.of("direkten Einfluss auf kommunales Verwaltungshandeln ausüben", "Unterstützungsangebote mitgestalten"),
				List.of(new Result("Interview mit 5 Unternehmen mit Erfahrung in der Anstellung von Geflüchteten", null),
						new Result("Handlungsbedarfe in der Kommunikation zwischen den unterschiedlichen Behörden, Geflüchteten "
								+ "und Unternehmen ermittelt", null),
						new Result("Interesse an einer Anerkennung des Beschäftigungsstatus geflüchteter Auszubildender und "
								+ "einer womöglich langfristigen Beschäftigung", null),
						new Result("Zusammenschluss von relevanten Akteuren – Wirtschaftsförderung, dem Referat Migration und "
								+ "dem Ausländeramt – und Formulierung von möglichen Handlungsoptionen über die Projektlaufzeit "
								+ "hinaus (z.B. Einrichten von einer zentralisierten Begleitmöglichkeit im Ausländeramt)", null),
						new Result("Unternehmensveranstaltung zur Präsentation der Ergebnisse und Folgemaßnahmen", null)),
				"Über die Projektlaufzeit hinaus soll am NRW-Landesprogramm »Kommunales Integrationsmanagement« (KIM) "
						+ "angeknüpft und die Maßnahme weitergeführt werden.",
				List.of("demographic-change", "migration"), List.of(8, 10),
				List.of(new Funding(programme.apply(BOTTROP_2018), null)));
		return Map.of(LabsDemoWorld.TRADE, List.of(fairtrade, halloBot), LabsDemoWorld.CRAFT, List.of(craft),
				LabsDemoWorld.SKILLS, List.of(refugees));
	}

	private static List<Actor> names(String... names) {
		return List.of(names).stream().map(name -> new Actor(null, name)).toList();
	}

	private static Actor registered(Function<String, UUID> organisation, String name) {
		return new Actor(organisation.apply(name), null);
	}
}
