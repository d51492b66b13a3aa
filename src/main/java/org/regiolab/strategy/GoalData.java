package org.regiolab.strategy;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.Texts;

/**
 * What a goal is.
 * @param parent the goal it serves, {@code null} for a strategic goal of the plan itself
 * @param weight how much it counts in its parent's progress, at least 0
 * @param position its place among its siblings, smaller first; {@code null} puts a new goal last and
 *        leaves a goal's place as it is
 */
record GoalData(String title, @Nullable String description, BigDecimal weight, @Nullable UUID parent,
		@Nullable Integer position) {

	GoalData {
		title = title == null ? "" : Texts.withoutNul(title).strip();
		description = Texts.blankToNull(Texts.withoutNul(description));
		weight = weight == null ? BigDecimal.ONE : weight;
	}
}
