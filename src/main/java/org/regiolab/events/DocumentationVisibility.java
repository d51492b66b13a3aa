package org.regiolab.events;

/** Who sees an entry of an event's documentation. */
public enum DocumentationVisibility {

	/** Everybody, anonymous visitors too when the event is public. */
	PUBLIC,

	/** Those who may enter the organising alliance's members' area, where the entry is published as well. */
	MEMBERS
}
