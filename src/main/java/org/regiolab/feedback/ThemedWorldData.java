package org.regiolab.feedback;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A themed world as it is entered: what it shows and when, by the calendar days it is open.
 * @param reportNotice the lab's notice at the foot of every company report
 * @param fundingProgrammes the programmes that fund it, whose notices the reports print
 */
public record ThemedWorldData(String title, @Nullable String description, LocalDate startsOn, LocalDate endsOn,
		@Nullable String reportNotice, List<UUID> fundingProgrammes) {

	public ThemedWorldData {
		fundingProgrammes = fundingProgrammes == null ? List.of() : List.copyOf(fundingProgrammes);
	}
}
