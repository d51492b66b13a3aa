package org.regiolab.strategy;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A strategic goal or a sub-goal of a plan. */
record Goal(UUID id, UUID planId, @Nullable UUID parentId, String title, @Nullable String description, BigDecimal weight,
		int position) {

	GoalData data() {
		return new GoalData(title, description, weight, parentId, position);
	}
}
