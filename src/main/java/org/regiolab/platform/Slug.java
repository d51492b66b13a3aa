package org.regiolab.platform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A name as lower-case ASCII words joined by hyphens, umlauts spelled out the German way
 * (»Fachkräftesicherung« becomes {@code fachkraeftesicherung}): for file names and stable codes.
 */
public final class Slug {

	private Slug() {
	}

	/** The slug of {@code name}, at most {@code maxLength} characters, possibly empty. */
	public static String of(String name, int maxLength) {
		String ascii = Normalizer.normalize(name.toLowerCase(Locale.GERMAN).replace("ä", "ae").replace("ö", "oe")
			.replace("ü", "ue").replace("ß", "ss"), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
		return slug.length() > maxLength ? slug.substring(0, maxLength).replaceAll("-$", "") : slug;
	}
}
