package org.regiolab.feedback;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A station as it is entered.
 * @param prototype the prototype or service the station shows
 * @param organisation the company behind it, from the registry
 */
public record StationData(String name, @Nullable String prototype, @Nullable UUID organisation,
		List<StationQuestion> questions) {
}
