package org.regiolab.surveys;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A code of a guide's code book: its name, its colour, what it means and the code it belongs under. */
public record CodeData(String name, CodeColour colour, @Nullable UUID parent, @Nullable String description) {

	public CodeData {
		name = name == null ? "" : name.strip();
		description = description == null || description.isBlank() ? null : description.strip();
	}
}
