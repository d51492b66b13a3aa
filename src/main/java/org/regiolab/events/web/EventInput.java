package org.regiolab.events.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.events.EventData;
import org.regiolab.events.EventKind;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.Recurrence;

/**
 * An event as the API takes it; times in ISO 8601 with offset.
 * @param recurrence with {@code occurrences}, creates a series (only when creating)
 */
record EventInput(@NotBlank @Size(max = 300) String title, @NotNull EventKind kind,
		@Nullable @Size(max = 20000) String description, @NotNull OffsetDateTime startsAt, @NotNull OffsetDateTime endsAt,
		@Nullable @Size(max = 500) String location,
		@Nullable @Size(max = 1000) @Pattern(regexp = "https?://\\S+") String onlineUrl, @Nullable UUID allianceId,
		@Nullable UUID labId, @JsonProperty("public") @NotNull Boolean isPublic,
		@Nullable @Min(1) @Max(100000) Integer capacity, @Nullable OffsetDateTime registrationOpensAt,
		@Nullable OffsetDateTime registrationClosesAt, @Nullable UUID fundingProgrammeId,
		@Nullable @Size(max = 100) List<@Valid @NotNull SessionInput> sessions, @Nullable Recurrence recurrence,
		@Nullable @Min(1) @Max(EventRegistry.MAX_SERIES) Integer occurrences) {

	EventData toData() {
		return new EventData(title, kind, description, startsAt, endsAt, location, onlineUrl, allianceId, labId, isPublic,
				capacity, registrationOpensAt, registrationClosesAt, fundingProgrammeId,
				sessions == null ? List.of() : sessions.stream().map(SessionInput::toSession).toList());
	}
}
