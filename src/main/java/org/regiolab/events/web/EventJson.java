package org.regiolab.events.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;
import org.regiolab.events.EventData;
import org.regiolab.events.EventKind;
import org.regiolab.events.EventView;

/** An event as the API gives it, with its seat counts and the funding notice it must show. */
record EventJson(UUID id, @Nullable UUID seriesId, String title, EventKind kind, @Nullable String description,
		OffsetDateTime startsAt, OffsetDateTime endsAt, @Nullable String location, @Nullable String onlineUrl,
		@Nullable UUID allianceId, @Nullable String allianceName, @Nullable UUID labId, @Nullable String labName,
		@JsonProperty("public") boolean isPublic, @Nullable Integer capacity, @Nullable OffsetDateTime registrationOpensAt,
		@Nullable OffsetDateTime registrationClosesAt, @Nullable UUID fundingProgrammeId,
		@Nullable String fundingNotice, List<SessionInput> sessions, int confirmed, int waitlisted,
		@Nullable Integer freeSeats) {

	static EventJson of(EventView event) {
		EventData data = event.data();
		return new EventJson(event.id(), event.series(), data.title(), data.kind(), data.description(), data.startsAt(),
				data.endsAt(), data.location(), data.onlineUrl(), data.alliance(), event.allianceName(), data.lab(),
				event.labName(), data.isPublic(), data.capacity(), data.registrationOpensAt(), data.registrationClosesAt(),
				data.fundingProgramme(), event.fundingProgramme() == null ? null : event.fundingProgramme().notice(),
				data.sessions().stream().map(SessionInput::of).toList(), event.confirmed(), event.waitlisted(),
				event.freeSeats());
	}
}
