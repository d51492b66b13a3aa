package org.regiolab.surveys;

import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A text of a survey in German and, optionally, English.
 * @param de the German text, which every survey has
 * @param en the English text; German is shown where it is missing
 */
@NamedInterface("api")
public record Text(String de, @Nullable String en) {

	public Text {
		de = de == null ? "" : Plain.text(de).strip();
		en = en == null || en.isBlank() ? null : Plain.text(en).strip();
	}

	public static Text german(String de) {
		return new Text(de, null);
	}

	public String in(Locale locale) {
		return en != null && "en".equals(locale.getLanguage()) ? en : de;
	}

	public boolean isBlank() {
		return de.isBlank();
	}
}
