package org.regiolab.network.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.network.AllianceData;
import org.regiolab.network.AllianceKind;

/** An alliance as the API takes it. */
record AllianceInput(@NotBlank @Size(max = 300) String name, @NotNull AllianceKind kind,
		@Nullable List<@Pattern(regexp = "^[0-9]{5}$") String> regionKeys, @Nullable @Size(max = 2000) String vision,
		@Nullable @Size(max = 5000) String description, @Nullable List<@Size(max = 500) String> goals,
		@Nullable List<@Size(max = 500) String> groundRules) {

	AllianceData toData() {
		return new AllianceData(name, kind, orEmpty(regionKeys), vision, description, orEmpty(goals), orEmpty(groundRules));
	}

	private static List<String> orEmpty(@Nullable List<String> values) {
		return values == null ? List.of() : values;
	}
}
