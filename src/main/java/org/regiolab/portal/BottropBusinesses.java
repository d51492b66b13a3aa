package org.regiolab.portal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Invented businesses for the demo world, spread over Bottrop's districts with the districts'
 * postal codes. The same number always gives the same businesses; each says that it is invented.
 */
final class BottropBusinesses {

	/** A kind of business: how its name begins, what it offers, its categories and usual hours. */
	record Trade(String prefix, String offers, List<String> categories, String hours) {
	}

	record District(String name, String postalCode, List<String> streets) {
	}

	static final List<Trade> TRADES = List.of(
			new Trade("Bäckerei", "Brötchen, Brot und Kuchen aus eigener Backstube", List.of("lebensmittel", "handwerk"),
					"Mo-Fr 06:00-18:00; Sa 06:00-13:00; So 07:30-11:00"),
			new Trade("Metzgerei", "Fleisch und Wurst aus der Region, mittags warmer Mittagstisch",
					List.of("lebensmittel", "handwerk"), "Mo-Fr 07:30-18:00; Sa 07:30-13:00"),
			new Trade("Café", "Kaffee, hausgemachte Torten und Frühstück", List.of("gastronomie"), "Di-So 09:00-18:00"),
			new Trade("Gaststätte", "Gutbürgerliche Küche, Biergarten und Saal für Feiern", List.of("gastronomie"),
					"Di-Sa 11:30-14:30, 17:00-23:00; So 11:30-21:00"),
			new Trade("Pizzeria", "Pizza aus dem Steinofen, Pasta und Salate, auch zum Mitnehmen", List.of("gastronomie"),
					"Mo-So 11:30-22:30"),
			new Trade("Friseursalon", "Schneiden, Färben und Beratung für Damen, Herren und Kinder",
					List.of("dienstleistung", "handwerk"), "Di-Fr 09:00-18:00; Sa 08:00-14:00"),
			new Trade("Blumen", "Sträuße, Gestecke und Pflanzen für Haus und Garten", List.of("einzelhandel"),
					"Mo-Fr 09:00-18:30; Sa 09:00-14:00"),
			new Trade("Buchhandlung", "Bücher, Hörbücher und Lesungen; Bestellung über Nacht",
					List.of("einzelhandel", "kultur-freizeit"), "Mo-Fr 09:30-18:30; Sa 09:30-16:00"),
			new Trade("Fahrradladen", "Fahrräder und E-Bikes: Verkauf, Reparatur und Verleih",
					List.of("einzelhandel", "mobilitaet"), "Mo-Fr 10:00-18:30; Sa 10:00-14:00"),
			new Trade("Elektro", "Elektroinstallation, Photovoltaik und Smart Home", List.of("handwerk"), "Mo-Fr 07:30-16:30"),
			new Trade("Tischlerei", "Möbel nach Maß, Fenster, Türen und Innenausbau", List.of("handwerk"), "Mo-Fr 07:00-16:00"),
			new Trade("Malerbetrieb", "Anstrich, Tapezieren, Fassaden und Bodenbeläge", List.of("handwerk"), "Mo-Fr 07:00-16:00"),
			new Trade("Sanitär und Heizung", "Bäder, Heizungen, Wärmepumpen und Notdienst", List.of("handwerk"),
					"Mo-Fr 07:30-17:00"),
			new Trade("Physiotherapie", "Krankengymnastik, Massage und Rückenschule", List.of("gesundheit"),
					"Mo-Fr 08:00-19:00"),
			new Trade("Optik", "Brillen, Kontaktlinsen und Sehtest", List.of("einzelhandel", "gesundheit"),
					"Mo-Fr 09:00-18:30; Sa 09:30-13:30"),
			new Trade("Hofladen", "Eier, Kartoffeln, Spargel und Erdbeeren vom eigenen Hof", List.of("lebensmittel"),
					"Di-Fr 09:00-18:00; Sa 08:00-13:00"),
			new Trade("Kfz-Werkstatt", "Inspektion, Reparatur, Reifenservice und TÜV-Abnahme", List.of("mobilitaet", "handwerk"),
					"Mo-Fr 07:30-17:30"),
			new Trade("Schuhmacherei", "Schuhreparatur, Schlüsseldienst und Lederpflege", List.of("handwerk", "dienstleistung"),
					"Mo-Fr 09:00-18:00; Sa 09:00-13:00"),
			new Trade("Kiosk", "Zeitschriften, Getränke, Süßigkeiten und Paketannahme", List.of("einzelhandel"),
					"Mo-Sa 06:00-22:00; So 08:00-20:00"),
			new Trade("Weltladen", "Fair gehandelter Kaffee, Schokolade und Kunsthandwerk", List.of("einzelhandel"),
					"Mo-Fr 10:00-18:00; Sa 10:00-14:00"));

	static final List<District> DISTRICTS = List.of(
			new District("Stadtmitte", "46236", List.of("Hochstraße", "Hansastraße", "Gladbecker Straße", "Osterfelder Straße")),
			new District("Batenbrock", "46238", List.of("Gladbecker Straße", "Batenbrockstraße", "Sterkrader Straße")),
			new District("Boy", "46238", List.of("Johannesstraße", "Horster Straße", "Boyer Straße")),
			new District("Eigen", "46240", List.of("Eichenstraße", "Ostring", "Im Fuhlenbrock")),
			new District("Fuhlenbrock", "46242", List.of("Am Fuhlenbrock", "Aegidistraße", "Scharnhölzstraße")),
			new District("Lehmkuhle", "46242", List.of("Lehmkuhler Straße", "Essener Straße")),
			new District("Vonderort", "46242", List.of("Vonderorter Straße", "Prosperstraße")),
			new District("Welheim", "46238", List.of("Welheimer Straße", "Gungstraße")),
			new District("Ebel", "46242", List.of("Ebelstraße", "Emscherstraße")),
			new District("Kirchhellen", "46244", List.of("Hauptstraße", "Kirchhellener Ring", "Rentforter Straße")),
			new District("Grafenwald", "46244", List.of("Schneiderstraße", "Kirchhellener Straße")),
			new District("Feldhausen", "46244", List.of("Feldhausener Straße", "Dorfstraße")));

	static final List<String> NAMES = List.of("Hoffmann", "Schulte", "Becker", "Krämer", "Wessel", "Brinkmann",
			"Kowalski", "Tenhagen", "Overkamp", "Ahlers", "Nowak", "Hülsmann", "Sander", "Terhorst", "Lueg", "Pieper",
			"Yilmaz", "Kaiser", "Borgmann", "Nienhaus", "Lindemann", "Esser", "Winkelmann", "Wojcik", "Rademacher",
			"Schürmann", "Bergmann", "Kühne", "Hengstermann", "Olbrich", "Grewer", "Demir", "Voss", "Böckmann", "Stratmann",
			"Rehbein", "Kempken", "Lammert", "Huppertz", "Sobczak", "Tappe", "Wilmsen");

	static final List<String> LANGUAGES = List.of("Englisch", "Türkisch", "Polnisch", "Arabisch", "Italienisch");

	private BottropBusinesses() {
	}

	static List<ProfileContent> generate(int count, LocalDate today) {
		List<ProfileContent> businesses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Trade trade = TRADES.get(i % TRADES.size());
			// with step 19 per round of trades the names of one trade never repeat within 42 rounds
			String family = NAMES.get((i * 7 + (i / TRADES.size()) * 5) % NAMES.size());
			District district = DISTRICTS.get((i * 5 + i / DISTRICTS.size()) % DISTRICTS.size());
			String street = district.streets().get(i % district.streets().size()) + " " + (1 + (i * 13) % 140);
			String name = trade.prefix() + " " + family + (i >= TRADES.size() * NAMES.size() ? " " + (i + 1) : "");
			List<Offer> offers = new ArrayList<>();
			if (i % 4 == 0) {
				offers.add(new Offer("Wir nehmen den Bottrop-Gutschein an", null, null, true));
			}
			if (i % 6 == 1) {
				offers.add(new Offer("Angebot der Woche", "Zehn Prozent auf das Sortiment der Saison", today.plusDays(i % 10), false));
			}
			List<Closure> closures = i % 15 == 2 ? List.of(new Closure(today.plusDays(20), today.plusDays(34), "Betriebsferien"))
					: List.of();
			businesses.add(new ProfileContent(name, trade.offers(),
					trade.offers() + ". Familienbetrieb in " + district.name() + ". " + PortalDemoWorld.INVENTED,
					trade.categories(), street, district.postalCode(), "Bottrop", district.name(), trade.hours(), closures,
					true, "02041 " + (700000 + i * 37), null, null, List.of(), offers,
					i % 3 == 0 ? "Stufenloser Eingang" : null, i % 5 == 0 ? List.of(LANGUAGES.get(i % LANGUAGES.size())) : List.of()));
		}
		return businesses;
	}
}
