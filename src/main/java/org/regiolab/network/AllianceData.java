package org.regiolab.network;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** What is known of an alliance, as entered or sent to the API. */
public record AllianceData(String name, AllianceKind kind, List<String> regionKeys, @Nullable String vision,
		@Nullable String description, List<String> goals, List<String> groundRules) {
}
