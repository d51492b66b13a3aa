package org.regiolab.surveys;

import java.util.UUID;

/**
 * A code of a code book.
 * @param depth 0 for a code at the top, 1 for one below it, …
 * @param path the names from the top down to this code, "Rekrutierung › Anzeigen"
 */
public record Code(UUID id, UUID guide, CodeData data, int depth, String path) {

	public String name() {
		return data.name();
	}

	public CodeColour colour() {
		return data.colour();
	}
}
