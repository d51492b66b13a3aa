package org.regiolab.feedback;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/** A station (research island) of a themed world, with the name of the company behind it. */
public record Station(UUID id, UUID themedWorld, StationData data, @Nullable String organisationName) {

	Map<String, StationQuestion> questionsByKey() {
		return data.questions().stream().collect(Collectors.toMap(StationQuestion::key, Function.identity()));
	}
}
