package org.regiolab.events.web;

import java.time.OffsetDateTime;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.events.ProgrammeSession;

/** One item of the programme as the API takes and gives it. */
record SessionInput(@NotNull OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt, @NotBlank @Size(max = 300) String title,
		@Nullable @Size(max = 1000) String speakers, @Nullable @Size(max = 200) String room,
		@Nullable @Size(max = 200) String track) {

	ProgrammeSession toSession() {
		return new ProgrammeSession(startsAt, endsAt, title, speakers, room, track);
	}

	static SessionInput of(ProgrammeSession session) {
		return new SessionInput(session.startsAt(), session.endsAt(), session.title(), session.speakers(), session.room(),
				session.track());
	}
}
