package org.regiolab.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A slot of a consultation day, in German local time.
 * @param expert the email of the expert who offers it
 * @param booked whether somebody took it, told to everybody
 * @param booking who took it, told only to those allowed to know (see {@link #seenBy})
 */
public record ConsultationSlot(UUID id, UUID event, String expert, SlotData data, boolean booked,
		@Nullable SlotBooking booking) {

	public OffsetDateTime endsAt() {
		return data.startsAt().plusMinutes(data.minutes());
	}

	public List<String> topics() {
		return data.topics();
	}

	/**
	 * The slot as the caller may see it: the expert who offers it and coordinators see the booking
	 * with the advice, the booker their own booking without it, everybody else only that it is taken.
	 */
	public ConsultationSlot seenBy(Caller caller) {
		if (booking == null || caller.coordinates() || caller.is(expert)) {
			return this;
		}
		SlotBooking visible = caller.is(booking.bookedBy()) ? booking.withoutAdvice() : null;
		return new ConsultationSlot(id, event, expert, data, booked, visible);
	}

	/** Whether the caller may record the advice: the expert of the slot and administrators. */
	public boolean advisedBy(Caller caller) {
		return caller.admin() || caller.is(expert);
	}

	/** Whether the caller may cancel the booking: the booker, the expert and coordinators. */
	public boolean cancellableBy(Caller caller) {
		return booking != null && (caller.coordinates() || caller.is(expert) || caller.is(booking.bookedBy()));
	}
}
