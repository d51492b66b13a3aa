package org.regiolab.platform;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Turns what a user typed into a PostgreSQL {@code tsquery} for the {@code german} configuration:
 * every word must match, each as a prefix, so "Handwerk" finds "Handwerksbetriebe". Everything but
 * letters and digits is dropped, so no input can break the query syntax.
 */
public final class TextSearch {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private TextSearch() {
	}

	/** The query for {@code to_tsquery('german', …)}, or {@code null} when there is no word to look for. */
	public static @Nullable String prefixQuery(@Nullable String input) {
		if (input == null) {
			return null;
		}
		StringBuilder query = new StringBuilder();
		Matcher words = WORD.matcher(input.toLowerCase(Locale.GERMAN));
		while (words.find()) {
			query.append(query.isEmpty() ? "" : " & ").append(words.group()).append(":*");
		}
		return query.isEmpty() ? null : query.toString();
	}
}
