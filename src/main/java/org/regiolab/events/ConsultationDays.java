package org.regiolab.events;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The slots of consultation days: experts offer them, signed-in people book one each with a topic,
 * and the expert records the advice given. Every booking invites booker and expert by mail.
 */
@Service
@Transactional
public class ConsultationDays {

	private final JdbcClient jdbc;
	private final EventRegistry events;
	private final SlotInvitations invitations;
	private final AuditLog audit;

	ConsultationDays(JdbcClient jdbc, EventRegistry events, SlotInvitations invitations, AuditLog audit) {
		this.jdbc = jdbc;
		this.events = events;
		this.invitations = invitations;
		this.audit = audit;
	}

	/**
	 * Offers a slot of the caller's within the consultation day.
	 * @throws InvalidInputException if the event is no consultation day or the slot does not fit in it
	 */
	public UUID publish(UUID event, Caller expert, SlotData data) {
		SlotData slot = check(events.load(event), data);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into consultation_slot (id, event, expert, starts_at, minutes, topics, online, location, online_url)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, event, expert.account(), slot.startsAt(), slot.minutes(), slot.topics().toArray(String[]::new),
					slot.online(), slot.location(), slot.onlineUrl())
			.update();
		audit.record("consultation.slotPublished", subject(id), null);
		return id;
	}

	/** The slots of a consultation day in time order, as the caller may see them. */
	@Transactional(readOnly = true)
	public List<ConsultationSlot> slots(UUID event, Caller caller) {
		events.load(event);
		return jdbc.sql(SELECT + " where s.event = ? order by s.starts_at, s.id")
			.param(event)
			.query(this::row)
			.list()
			.stream()
			.map(slot -> slot.seenBy(caller))
			.toList();
	}

	@Transactional(readOnly = true)
	public ConsultationSlot load(UUID slot, Caller caller) {
		return load(slot).seenBy(caller);
	}

	/**
	 * Books the slot for the caller and invites both sides.
	 * @throws SlotTakenException if somebody has booked it, also when two try at the same moment
	 */
	public ConsultationSlot book(UUID slot, Caller booker, String topic) {
		load(slot);
		// the unique slot column decides between bookings that arrive together: the later waits, then inserts nothing
		int booked = jdbc.sql("""
				insert into consultation_booking (id, slot, booked_by, topic) values (?, ?, ?, ?)
				on conflict (slot) do nothing""")
			.params(UUID.randomUUID(), slot, booker.account(), topic.strip())
			.update();
		if (booked == 0) {
			throw new SlotTakenException(slot);
		}
		ConsultationSlot taken = load(slot);
		invitations.invite(taken, events.load(taken.event()));
		audit.record("consultation.slotBooked", subject(slot), null);
		return taken.seenBy(booker);
	}

	/** Frees the slot; the booker, the slot's expert and coordinators may. */
	public void cancel(UUID slot, Caller caller) {
		ConsultationSlot current = load(slot);
		if (current.booking() == null) {
			throw new NotFoundException("Slot " + slot + " is not booked");
		}
		if (!current.cancellableBy(caller)) {
			throw new AccessDeniedException("Not the booker, the expert or a coordinator");
		}
		jdbc.sql("delete from consultation_booking where slot = ?").param(slot).update();
		audit.record("consultation.bookingCancelled", subject(slot), null);
	}

	/** Records what the expert advised; the slot's expert and administrators may. */
	public ConsultationSlot recordAdvice(UUID slot, Caller caller, String advice) {
		ConsultationSlot current = load(slot);
		if (!current.advisedBy(caller)) {
			throw new AccessDeniedException("Not the slot's expert");
		}
		if (current.booking() == null) {
			throw new InvalidInputException("advice", "consultation.advice.notBooked", "Nobody booked the slot");
		}
		jdbc.sql("update consultation_booking set advice = ?, advised_at = now() where slot = ?")
			.params(Texts.blankToNull(advice), slot)
			.update();
		audit.record("consultation.adviceRecorded", subject(slot), null);
		return load(slot);
	}

	private ConsultationSlot load(UUID slot) {
		return jdbc.sql(SELECT + " where s.id = ?")
			.param(slot)
			.query(this::row)
			.optional()
			.orElseThrow(() -> NotFoundException.of("slot", slot));
	}

	private static SlotData check(EventView event, SlotData data) {
		if (event.data().kind() != EventKind.CONSULTATION_DAY) {
			throw new InvalidInputException("eventId", "consultation.event.notConsultationDay",
					"Slots belong to consultation days");
		}
		if (data.startsAt().isBefore(event.data().startsAt()) || !data.startsAt().isBefore(event.data().endsAt())) {
			throw new InvalidInputException("startsAt", "consultation.startsAt.outsideEvent",
					"A slot starts within its consultation day");
		}
		if (data.startsAt().plusMinutes(data.minutes()).isAfter(event.data().endsAt())) {
			throw new InvalidInputException("minutes", "consultation.minutes.afterEvent",
					"A slot ends with its consultation day at the latest");
		}
		String location = Texts.blankToNull(data.location());
		String onlineUrl = Texts.blankToNull(data.onlineUrl());
		if (data.online() && (onlineUrl == null || !onlineUrl.matches("(?i)https?://\\S+"))) {
			throw new InvalidInputException("onlineUrl", "consultation.onlineUrl.required", "An online slot has a link");
		}
		if (!data.online() && location == null) {
			throw new InvalidInputException("location", "consultation.location.required", "A slot on site has a place");
		}
		List<String> topics = Texts.entries(data.topics());
		return new SlotData(data.startsAt(), data.minutes(), topics, data.online(), data.online() ? null : location,
				data.online() ? onlineUrl : null);
	}

	private static final String SELECT = """
			select s.id, s.event, s.expert, s.starts_at, s.minutes, s.topics, s.online, s.location, s.online_url,
			       b.id as booking, b.booked_by, b.topic, b.booked_at, b.advice
			from consultation_slot s left join consultation_booking b on b.slot = s.id""";

	private ConsultationSlot row(ResultSet rs, int row) throws SQLException {
		SlotData data = new SlotData(EventRegistry.local(rs, "starts_at"), rs.getInt("minutes"), topics(rs.getArray("topics")),
				rs.getBoolean("online"), rs.getString("location"), rs.getString("online_url"));
		UUID booking = rs.getObject("booking", UUID.class);
		return new ConsultationSlot(rs.getObject("id", UUID.class), rs.getObject("event", UUID.class),
				rs.getString("expert"), data, booking != null, booking == null ? null
						: new SlotBooking(booking, rs.getString("booked_by"), rs.getString("topic"),
								rs.getTimestamp("booked_at").toInstant(), rs.getString("advice")));
	}

	private static List<String> topics(Array array) throws SQLException {
		return Arrays.asList((String[]) array.getArray());
	}

	static String subject(UUID slot) {
		return "consultationSlot:" + slot;
	}
}
