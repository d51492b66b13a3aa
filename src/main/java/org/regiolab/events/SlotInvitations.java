package org.regiolab.events;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.OutgoingMail;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Invites the booker and the expert of a freshly booked slot, each by a mail with an iCalendar
 * invitation, queued in the booking's transaction. The keys name the booking, so a retried
 * transaction sends nothing twice, and a new booking of a freed slot is invited afresh.
 */
@Component
class SlotInvitations {

	// accounts keep no language yet; German comes first
	private static final Locale LANGUAGE = Locale.GERMAN;

	private final MailOutbox outbox;
	private final MessageSource messages;

	SlotInvitations(MailOutbox outbox, MessageSource messages) {
		this.outbox = outbox;
		this.messages = messages;
	}

	void invite(ConsultationSlot slot, EventView event) {
		SlotBooking booking = Objects.requireNonNull(slot.booking(), "a booked slot");
		String summary = messages.getMessage("consultation.invitation.summary",
				new Object[] { event.data().title(), booking.topic() }, LANGUAGE);
		byte[] invitation = CalendarFiles.request(new CalendarFiles.Entry("consultation-slot-" + slot.id() + "@regiolab",
				slot.data().startsAt(), slot.endsAt(), summary, booking.topic(), slot.data().location(),
				slot.data().onlineUrl()), slot.expert(), booking.bookedBy());
		String when = DateTimeFormatter.ofPattern(messages.getMessage("consultation.time", null, LANGUAGE), LANGUAGE)
			.format(slot.data().startsAt());
		String where = Objects.requireNonNullElse(slot.data().location(), slot.data().onlineUrl());
		send(booking.bookedBy(), "booker", slot, booking, invitation,
				new Object[] { event.data().title(), when, where, booking.topic(), slot.expert() });
		send(slot.expert(), "expert", slot, booking, invitation,
				new Object[] { event.data().title(), when, where, booking.topic(), booking.bookedBy() });
	}

	private void send(String to, String role, ConsultationSlot slot, SlotBooking booking, byte[] invitation,
			Object[] args) {
		outbox.enqueue(new OutgoingMail(to, messages.getMessage("mail.consultation." + role + ".subject", args, LANGUAGE),
				messages.getMessage("mail.consultation." + role + ".text", args, LANGUAGE),
				"consultation:" + booking.id() + ":invitation:" + role,
				new OutgoingMail.Attachment("termin-" + slot.id() + ".ics", "text/calendar; method=REQUEST; charset=UTF-8",
						invitation)));
	}
}
