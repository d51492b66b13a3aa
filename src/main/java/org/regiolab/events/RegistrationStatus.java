package org.regiolab.events;

import org.springframework.modulith.NamedInterface;

/** Where a registration stands: a seat, a place in the queue for one, or given up. */
@NamedInterface("api")
public enum RegistrationStatus {
	CONFIRMED, WAITLISTED, CANCELLED
}
