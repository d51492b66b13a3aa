package org.regiolab.network;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an import creates, and which column headers mean which field. Headers are compared without
 * case, spaces, punctuation and accents, so "E-Mail-Adresse", "email" and "E-Mail" are one column.
 */
public enum ImportKind {

	ORGANIZATIONS(Map.ofEntries(Map.entry("name", "name"), Map.entry("organisation", "name"),
			Map.entry("organization", "name"), Map.entry("firma", "name"), Map.entry("unternehmen", "name"),
			Map.entry("art", "kind"), Map.entry("kind", "kind"), Map.entry("typ", "kind"),
			Map.entry("organisationsart", "kind"), Map.entry("wz", "sectorCode"), Map.entry("wzcode", "sectorCode"),
			Map.entry("branche", "sectorCode"), Map.entry("sector", "sectorCode"), Map.entry("sectorcode", "sectorCode"),
			Map.entry("ags", "regionKey"), Map.entry("regionalschlussel", "regionKey"), Map.entry("regionkey", "regionKey"),
			Map.entry("kreisschlussel", "regionKey"), Map.entry("strasse", "street"), Map.entry("street", "street"),
			Map.entry("anschrift", "street"), Map.entry("plz", "postalCode"), Map.entry("postleitzahl", "postalCode"),
			Map.entry("postalcode", "postalCode"), Map.entry("ort", "city"), Map.entry("stadt", "city"),
			Map.entry("city", "city"), Map.entry("website", "website"), Map.entry("webseite", "website"),
			Map.entry("internet", "website"), Map.entry("homepage", "website"), Map.entry("beschreibung", "description"),
			Map.entry("description", "description"))),

	PEOPLE(Map.ofEntries(Map.entry("vorname", "givenName"), Map.entry("givenname", "givenName"),
			Map.entry("firstname", "givenName"), Map.entry("nachname", "familyName"), Map.entry("familienname", "familyName"),
			Map.entry("familyname", "familyName"), Map.entry("lastname", "familyName"), Map.entry("name", "familyName"),
			Map.entry("email", "email"), Map.entry("mail", "email"), Map.entry("emailadresse", "email"),
			Map.entry("telefon", "phone"), Map.entry("phone", "phone"), Map.entry("tel", "phone"),
			Map.entry("organisation", "organization"), Map.entry("organization", "organization"),
			Map.entry("firma", "organization"), Map.entry("unternehmen", "organization"),
			Map.entry("funktion", "function"), Map.entry("function", "function"), Map.entry("position", "function")));

	// compiled once: imports normalise every existing name and every row
	private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");

	private final Map<String, String> fields;

	ImportKind(Map<String, String> fields) {
		this.fields = fields;
	}

	/** The fields a column can be mapped to, in the order forms list them. */
	public List<String> fields() {
		return fields.values().stream().distinct().sorted().toList();
	}

	/** The field a column header stands for, if any. */
	public Optional<String> fieldOf(String header) {
		return Optional.ofNullable(fields.get(normalise(header)));
	}

	/** The API's spelling: {@code organizations} or {@code people}. */
	public static Optional<ImportKind> of(String name) {
		return switch (name.strip().toLowerCase(Locale.ROOT)) {
			case "organizations", "organisations" -> Optional.of(ORGANIZATIONS);
			case "people" -> Optional.of(PEOPLE);
			default -> Optional.empty();
		};
	}

	static String normalise(String text) {
		String folded = Normalizer.normalize(text.toLowerCase(Locale.GERMAN).replace("ß", "ss"), Normalizer.Form.NFD);
		return NOT_LETTER_OR_DIGIT.matcher(folded).replaceAll("");
	}
}
