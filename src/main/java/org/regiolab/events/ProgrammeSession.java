package org.regiolab.events;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

import org.springframework.modulith.NamedInterface;

/**
 * One item of an event's programme. Sessions at the same time in different tracks run in parallel,
 * like the network meeting's two creative labs.
 */
@NamedInterface("api")
public record ProgrammeSession(OffsetDateTime startsAt, @Nullable OffsetDateTime endsAt, String title,
		@Nullable String speakers, @Nullable String room, @Nullable String track) {
}
