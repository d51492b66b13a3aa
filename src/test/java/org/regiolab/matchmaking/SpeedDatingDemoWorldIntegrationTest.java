package org.regiolab.matchmaking;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.events.EventList;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world's speed dating at the network meeting 2023: profiles for all 46, and a published schedule. */
@IntegrationTest
class SpeedDatingDemoWorldIntegrationTest {

	@Autowired
	EventList events;

	@Autowired
	SpeedDatings speedDatings;

	@Autowired
	SpeedDatingParticipants participants;

	@Autowired
	SchedulePlans plans;

	@Test
	void theNetworkMeetingsSpeedDatingIsPublishedForItsFortySixParticipants() {
		UUID meeting = events.find(new EventList.EventFilter(SpeedDatingDemoWorld.MEETING, null, null, null, null, false),
				EventList.Sort.STARTS_AT, 0, 5).items().stream()
			.filter(event -> event.title().equals(SpeedDatingDemoWorld.MEETING))
			.findFirst().orElseThrow().id();

		SpeedDatings.SpeedDating speedDating = speedDatings.load(meeting);
		assertThat(speedDating.publishedAt()).isNotNull();
		assertThat(speedDating.settings().rounds()).isEqualTo(4);
		assertThat(speedDating.settings().endsAt().toLocalTime()).hasToString("14:35");
		assertThat(participants.all(meeting)).hasSize(46)
			.filteredOn(p -> !p.profile().offers().isEmpty()).hasSizeGreaterThan(35);

		SchedulePlan plan = plans.published(meeting).orElseThrow();
		assertThat(plan.rounds()).hasSize(4).allSatisfy(round -> assertThat(round.meetings()).hasSizeBetween(20, 23));
		// the solver's budget on a loaded machine decides the last few tenths
		assertThat(plan.figures().percentBelowBest()).isLessThan(3.0);
		assertThat(plans.tableCards(meeting)).hasSizeBetween(20, 23);
		assertThat(plans.everyPersonal(meeting)).hasSize(46);
	}
}
