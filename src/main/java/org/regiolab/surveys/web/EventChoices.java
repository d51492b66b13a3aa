package org.regiolab.surveys.web;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.regiolab.events.EventList;
import org.regiolab.events.EventList.EventFilter;
import org.regiolab.events.EventList.EventRow;

import org.springframework.stereotype.Component;

/** The events a survey can evaluate or invite the participants of: those of the last year and the coming one. */
@Component
class EventChoices {

	private static final int SHOWN = 200;

	private final EventList events;
	private final Clock clock;

	EventChoices(EventList events, Clock clock) {
		this.events = events;
		this.clock = clock;
	}

	List<EventRow> recent() {
		OffsetDateTime now = OffsetDateTime.now(clock);
		return events.find(new EventFilter(null, null, null, now.minusYears(1), now.plusYears(1), false),
				EventList.Sort.STARTS_AT_DESC, 0, SHOWN).items();
	}
}
