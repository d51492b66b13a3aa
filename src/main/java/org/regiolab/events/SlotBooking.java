package org.regiolab.events;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Who took a slot and what they want to talk about.
 * @param bookedBy the booking account's email
 * @param advice what the expert advised, recorded after the slot
 */
public record SlotBooking(UUID id, String bookedBy, String topic, Instant bookedAt, @Nullable String advice) {

	SlotBooking withoutAdvice() {
		return new SlotBooking(id, bookedBy, topic, bookedAt, null);
	}
}
