package org.regiolab.feedback;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One free text of one feedback entry; a missing or blank text is allowed and simply says nothing. */
record FreeText(UUID feedback, @Nullable String text) {

	FreeText {
		Objects.requireNonNull(feedback, "feedback");
	}
}
