package org.regiolab.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An event as it is entered.
 * @param capacity seats; {@code null} for no limit
 * @param registrationOpensAt from when people may register; {@code null} from now on
 * @param registrationClosesAt until when; {@code null} until the event starts
 */
public record EventData(String title, EventKind kind, @Nullable String description, OffsetDateTime startsAt,
		OffsetDateTime endsAt, @Nullable String location, @Nullable String onlineUrl, @Nullable UUID alliance,
		@Nullable UUID lab, boolean isPublic, @Nullable Integer capacity, @Nullable OffsetDateTime registrationOpensAt,
		@Nullable OffsetDateTime registrationClosesAt, @Nullable UUID fundingProgramme, List<ProgrammeSession> sessions) {
}
