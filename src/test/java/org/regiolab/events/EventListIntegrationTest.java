package org.regiolab.events;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.platform.TimeConfiguration;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Which events ended on a day, for what follows an event. */
@IntegrationTest
class EventListIntegrationTest {

	static final LocalDate DAY = LocalDate.of(2031, 5, 14);

	@Autowired
	EventRegistry events;

	@Autowired
	EventList list;

	@Test
	void anEventEndedOnTheDayItsEndFallsOnInBerlinWhateverTheDayInUtc() {
		// 23:30 in Berlin is 21:30 UTC the same day; 00:30 in Berlin is 22:30 UTC the day before
		UUID lateEvening = events.create(event("Spätschicht", DAY.atTime(23, 30)));
		UUID afterMidnight = events.create(event("Nachtcafé", DAY.plusDays(1).atTime(0, 30)));

		assertThat(list.endedOn(DAY)).contains(lateEvening).doesNotContain(afterMidnight);
		assertThat(list.endedOn(DAY.plusDays(1))).contains(afterMidnight).doesNotContain(lateEvening);
	}

	@Test
	void anEventOverSeveralDaysEndedOnItsLastDayOnly() {
		UUID twoDays = events.create(event("Zukunftskonferenz", DAY.atTime(16, 0), 30));

		assertThat(list.endedOn(DAY)).contains(twoDays);
		assertThat(list.endedOn(DAY.minusDays(1))).doesNotContain(twoDays);
	}

	private static EventData event(String title, LocalDateTime end) {
		return event(title, end, 2);
	}

	/** A public event of the hours before its end in Berlin. */
	private static EventData event(String title, LocalDateTime end, int hours) {
		OffsetDateTime ends = end.atZone(TimeConfiguration.ZONE).toOffsetDateTime();
		return new EventData(title + " " + UUID.randomUUID(), EventKind.NETWORK_MEETING, null, ends.minusHours(hours), ends,
				"Berlin", null, null, null, true, 20, null, null, null, List.of());
	}
}
