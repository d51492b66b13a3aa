package org.regiolab.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Seats given and waitlist places taken per event, carried on through one batch of registrations:
 * counting per request made a rush quadratic.
 */
final class Occupancy {

	/** An event's seats and waitlist places when the batch began. */
	record Counted(UUID event, int confirmed, int waitlisted) {
	}

	/** What a new registration gets: a seat, or a place on the waitlist. */
	record Place(RegistrationStatus status, @Nullable Integer waitlistPosition) {
	}

	private final Map<UUID, Integer> confirmed = new HashMap<>();
	private final Map<UUID, Integer> waitlisted = new HashMap<>();

	Occupancy(List<Counted> counts) {
		counts.forEach(count -> {
			confirmed.put(count.event(), count.confirmed());
			waitlisted.put(count.event(), count.waitlisted());
		});
	}

	/** The next seat while there is one, else the next place on the waitlist: a new registration arrived last. */
	Place take(UUID event, @Nullable Integer capacity) {
		if (capacity == null || confirmed.getOrDefault(event, 0) < capacity) {
			confirmed.merge(event, 1, Integer::sum);
			return new Place(RegistrationStatus.CONFIRMED, null);
		}
		return new Place(RegistrationStatus.WAITLISTED, waitlisted.merge(event, 1, Integer::sum));
	}
}
