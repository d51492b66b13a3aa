package org.regiolab.events;

import java.time.OffsetDateTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A consultation slot as an expert offers it.
 * @param minutes its length, 15 to 480
 * @param online whether it takes place online, at {@code onlineUrl}; otherwise at {@code location}
 */
public record SlotData(OffsetDateTime startsAt, int minutes, List<String> topics, boolean online,
		@Nullable String location, @Nullable String onlineUrl) {
}
