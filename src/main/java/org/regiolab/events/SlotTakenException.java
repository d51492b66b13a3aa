package org.regiolab.events;

import java.util.UUID;

/** Somebody else booked the slot first. The API answers 409, the page says the slot is taken. */
public class SlotTakenException extends RuntimeException {

	public SlotTakenException(UUID slot) {
		super("Slot " + slot + " is booked already");
	}
}
