package org.regiolab.events;

/** Where a registration stands: a seat, a place in the queue for one, or given up. */
public enum RegistrationStatus {
	CONFIRMED, WAITLISTED, CANCELLED
}
