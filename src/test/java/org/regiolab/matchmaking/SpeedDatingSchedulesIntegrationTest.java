package org.regiolab.matchmaking;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.Registrations;
import org.regiolab.matchmaking.MatchProfiles.ProfileData;
import org.regiolab.matchmaking.SpeedDatingEvents.Person;
import org.regiolab.matchmaking.SpeedDatingEvents.Seated;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Drafts of a speed dating: wishes and organisations decide, pins stay, swaps are checked, no-shows re-planned. */
@IntegrationTest
class SpeedDatingSchedulesIntegrationTest {

	@Autowired
	EventRegistry events;

	@Autowired
	Registrations registrations;

	@Autowired
	SpeedDatings speedDatings;

	@Autowired
	MatchProfiles profiles;

	@Autowired
	SpeedDatingSchedules schedules;

	@Autowired
	SchedulePlans plans;

	@Autowired
	JdbcClient jdbc;

	SpeedDatingEvents mother;

	@BeforeEach
	void setUp() {
		mother = new SpeedDatingEvents(events, registrations, speedDatings);
	}

	@Test
	void mutualWishesMeetFirstAndPeopleOfOneOrganisationNever() {
		Seated s = mother.speedDating("Wünsche", List.of(Person.of("Anna", "IHK Test"), Person.of("Ben", null),
				Person.of("Cem", null), Person.of("Dora", "ihk test")), 1, false);
		wishEachOther(s, 0, 1);
		wishEachOther(s, 2, 3);

		SchedulePlan plan = schedules.generate(s.event()).plan();

		assertThat(groups(plan, 1)).containsExactlyInAnyOrder(Set.of(s.person(0), s.person(1)), Set.of(s.person(2), s.person(3)));
		assertThat(plan.figures().upperBound()).isGreaterThanOrEqualTo(plan.figures().total() - 1e-9);
		assertThat(plan.figures().minGood()).isEqualTo(1);
		profiles.update(s.event(), s.person(3), new ProfileData(List.of("MINT"), List.of(), List.of()));
		assertThat(plans.draft(s.event()).stale()).isTrue();
	}

	@Test
	void aSwapExchangesSeatsAndPinsTheMeetingsButNeverSeatsAnExcludedPair() {
		Seated s = mother.speedDating("Tausch", List.of(Person.of("Anna", "IHK Tausch"), Person.of("Ben", null),
				Person.of("Cem", null), Person.of("Dora", "IHK Tausch")), 1, false);
		wishEachOther(s, 0, 1);
		wishEachOther(s, 2, 3);
		schedules.generate(s.event());

		schedules.swap(s.event(), 1, s.person(1), s.person(2));

		SchedulePlan plan = plans.draft(s.event());
		assertThat(groups(plan, 1)).containsExactlyInAnyOrder(Set.of(s.person(0), s.person(2)), Set.of(s.person(1), s.person(3)));
		assertThat(plan.rounds().get(0).meetings()).allMatch(SchedulePlan.Meeting::pinned);
		// Anna and Dora come for one organisation
		assertThatThrownBy(() -> schedules.swap(s.event(), 1, s.person(2), s.person(3)))
			.isInstanceOf(InvalidInputException.class)
			.hasFieldOrPropertyWithValue("messageKey", "matchmaking.swap.excluded");
		assertThatThrownBy(() -> schedules.swap(s.event(), 1, s.person(0), s.person(2)))
			.hasFieldOrPropertyWithValue("messageKey", "matchmaking.swap.same");
		assertThat(audit(s.event(), "matchmaking.swapped")).isEqualTo(1);
	}

	@Test
	void generatingAgainKeepsPinnedMeetingsInTheirRoundAtTheirTable() {
		Seated s = mother.speedDating("Festhalten", SpeedDatingEvents.people("A", "B", "C", "D", "E", "F", "G", "H"), 3, false);
		schedules.generate(s.event());
		SchedulePlan.Meeting chosen = plans.draft(s.event()).rounds().get(2).meetings().get(1);
		schedules.pin(s.event(), chosen.id(), true);
		// everybody wants to meet the two of the pinned meeting in round 1: the solver would move them there
		UUID one = chosen.people().get(0).registration();
		UUID other = chosen.people().get(1).registration();
		wishEachOther(s, s.people().indexOf(one), s.people().indexOf(other));

		SchedulePlan plan = schedules.generate(s.event()).plan();

		SchedulePlan.Meeting kept = plan.rounds().get(2).meetings().stream().filter(m -> m.table() == chosen.table())
			.findFirst().orElseThrow();
		assertThat(kept.people()).extracting(SchedulePlan.Seat::registration).containsExactlyInAnyOrder(one, other);
		assertThat(kept.pinned()).isTrue();
	}

	@Test
	void aNoShowIsReplannedWithoutMovingAnybodyPresent() {
		Seated s = mother.speedDating("Nicht erschienen", SpeedDatingEvents.people("A", "B", "C", "D", "E", "F", "G"), 4, false);
		profiles.update(s.event(), s.person(0), new ProfileData(List.of("MINT"), List.of(), List.of()));
		SchedulePlan before = schedules.generate(s.event()).plan();
		UUID absent = s.person(3);
		profiles.setAbsent(s.event(), absent, true);

		SchedulePlan after = schedules.replan(s.event(), 2);

		assertThat(meetings(after, 1)).isEqualTo(meetings(before, 1));
		for (int round = 2; round <= 4; round++) {
			Map<Integer, Set<UUID>> now = meetings(after, round);
			assertThat(now.values()).noneMatch(group -> group.contains(absent));
			for (Map.Entry<Integer, Set<UUID>> was : meetings(before, round).entrySet()) {
				if (!was.getValue().contains(absent)) {
					assertThat(now).containsEntry(was.getKey(), was.getValue());
				}
				else {
					// the partner stays at their table if somebody new comes, else sits out
					UUID partner = was.getValue().stream().filter(p -> !p.equals(absent)).findFirst().orElseThrow();
					now.forEach((table, group) -> {
						if (group.contains(partner)) {
							assertThat(table).isEqualTo(was.getKey());
						}
					});
				}
			}
		}
		assertThat(audit(s.event(), "matchmaking.replanned")).isEqualTo(1);
	}

	@Test
	void publishingCopiesTheDraftThatParticipantsThenSeeWithTheirReasons() {
		Seated s = mother.speedDating("Veröffentlichen", SpeedDatingEvents.people("Anna", "Ben", "Cem", "Dora"), 2, true);
		profiles.update(s.event(), s.person(0), new ProfileData(List.of("Fördermittelberatung"), List.of(), List.of("sdg:4")));
		profiles.update(s.event(), s.person(1), new ProfileData(List.of(), List.of("fördermittelberatung"), List.of("sdg:4")));
		schedules.generate(s.event());
		assertThat(plans.personal(s.event(), s.person(0))).isEmpty();

		schedules.publish(s.event(), true);

		PersonalSchedule anna = plans.personal(s.event(), s.person(0)).orElseThrow();
		PersonalSchedule.Partner ben = anna.appointments().stream().flatMap(a -> a.partners().stream())
			.filter(p -> p.person().registration().equals(s.person(1))).findFirst().orElseThrow();
		assertThat(ben.reason().offersForOther()).containsExactly("Fördermittelberatung");
		assertThat(ben.reason().shared()).containsExactly("sdg:4");
		assertThat(plans.tableCards(s.event())).hasSize(2);
		assertThat(jdbc.sql("select count(*) from mail_outbox where key like ?").param("matchmaking:schedule:" + s.person(0) + ":%")
			.query(Integer.class).single()).isEqualTo(1);
	}

	private void wishEachOther(Seated s, int one, int other) {
		profiles.wish(s.event(), s.person(one), s.person(other), true);
		profiles.wish(s.event(), s.person(other), s.person(one), true);
	}

	private static List<Set<UUID>> groups(SchedulePlan plan, int round) {
		return plan.rounds().get(round - 1).meetings().stream()
			.map(m -> m.people().stream().map(SchedulePlan.Seat::registration).collect(Collectors.toSet()))
			.toList();
	}

	private static Map<Integer, Set<UUID>> meetings(SchedulePlan plan, int round) {
		return plan.rounds().get(round - 1).meetings().stream()
			.collect(Collectors.toMap(SchedulePlan.Meeting::table,
					m -> new HashSet<>(m.people().stream().map(SchedulePlan.Seat::registration).toList())));
	}

	private int audit(UUID event, String action) {
		return jdbc.sql("select count(*) from audit_event where action = ? and subject = ?")
			.params(action, "event:" + event)
			.query(Integer.class)
			.single();
	}
}
