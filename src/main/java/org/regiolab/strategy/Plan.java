package org.regiolab.strategy;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A plan as lists, pages and the API show it, with its alliance's name. */
record Plan(UUID id, UUID allianceId, @Nullable String allianceName, PlanKind kind, String title, int fromYear, int toYear,
		@Nullable String vision) {

	PlanData data() {
		return new PlanData(allianceId, kind, title, fromYear, toYear, vision);
	}
}
