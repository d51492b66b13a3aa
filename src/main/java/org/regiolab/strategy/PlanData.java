package org.regiolab.strategy;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.Texts;

/** What a plan is: whose, what kind, its title, its period in years and its vision. */
record PlanData(UUID alliance, PlanKind kind, String title, int fromYear, int toYear, @Nullable String vision) {

	PlanData {
		title = title == null ? "" : Texts.withoutNul(title).strip();
		vision = Texts.blankToNull(Texts.withoutNul(vision));
	}
}
