package org.regiolab.portal;

import java.time.LocalDate;
import java.util.List;

/** Test data "mother" for business profiles: a bakery, a bicycle shop, … each in a part of town of its own. */
final class Businesses {

	private Businesses() {
	}

	static ProfileContent aBakery(String name, String district) {
		return new ProfileContent(name, "Frische Brötchen, Brot und Kuchen aus eigener Backstube",
				"Unser Familienbetrieb backt seit 1950 jeden Morgen Brötchen und Brot.", List.of("lebensmittel", "handwerk"),
				"Hochstraße 12", "46236", "Bottrop", district, "Mo-Fr 06:30-18:00; Sa 07:00-12:30", List.of(), true,
				"02041 123456", null, null, List.of(), List.of(), "Stufenloser Eingang", List.of("Englisch"));
	}

	static ProfileContent aBicycleShop(String name, String district) {
		return new ProfileContent(name, "Verkauf, Reparatur und Verleih", "Räder, Ersatzteile und schnelle Reparaturen.",
				List.of("einzelhandel", "mobilitaet"), "Gladbecker Straße 3", "46236", "Bottrop", district, null, List.of(),
				true, null, null, null, List.of(), List.of(), null, List.of());
	}

	static ProfileContent aShop(String name, String description, String district, String hours, List<Closure> closures,
			List<Offer> offers) {
		return new ProfileContent(name, null, description, List.of("einzelhandel"), null, null, "Bottrop", district, hours,
				closures, false, null, null, null, List.of(), offers, null, List.of());
	}

	static Closure closedToday(String note) {
		return new Closure(LocalDate.now(java.time.ZoneId.of("Europe/Berlin")), LocalDate.now(java.time.ZoneId.of("Europe/Berlin")), note);
	}
}
