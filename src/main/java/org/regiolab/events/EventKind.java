package org.regiolab.events;

/** What kind of gathering an event is; the seeds' vocabulary. */
public enum EventKind {
	NETWORK_MEETING, EXCURSION, WORKSHOP, KEYNOTE, SPEED_DATING, BREAKFAST, INFO_SESSION, CONSULTATION_DAY, OTHER
}
