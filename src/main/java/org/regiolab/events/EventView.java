package org.regiolab.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.FundingProgrammes.FundingProgramme;

import org.springframework.modulith.NamedInterface;

/**
 * An event as pages and the API show it, with the names it refers to and its seat counts.
 * @param fundingProgramme the programme that pays for it; its publicity notice belongs on the page
 */
@NamedInterface("api")
public record EventView(UUID id, @Nullable UUID series, EventData data, @Nullable String allianceName,
		@Nullable String labName, @Nullable FundingProgramme fundingProgramme, int confirmed, int waitlisted,
		Instant createdAt, Instant updatedAt) {

	/** Seats still free, or {@code null} without a limit. */
	public @Nullable Integer freeSeats() {
		return data.capacity() == null ? null : Math.max(0, data.capacity() - confirmed);
	}
}
