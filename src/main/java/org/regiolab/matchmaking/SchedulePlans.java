package org.regiolab.matchmaking;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.regiolab.events.Registrations;
import org.regiolab.matchmaking.SchedulePlan.Figures;
import org.regiolab.matchmaking.SchedulePlan.Meeting;
import org.regiolab.matchmaking.SchedulePlan.PersonFigures;
import org.regiolab.matchmaking.SchedulePlan.RoundPlan;
import org.regiolab.matchmaking.SchedulePlan.Seat;
import org.regiolab.matchmaking.SpeedDatingParticipants.Participant;
import org.regiolab.matchmaking.SpeedDatings.SpeedDating;
import org.regiolab.matchmaking.StoredMeetings.StoredMeeting;
import org.regiolab.platform.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads schedules: the organisers' draft with its figures, the published schedule of one
 * participant, and the table cards. Weights and reasons are those of the profiles as they are now.
 */
@Service
@Transactional(readOnly = true)
public class SchedulePlans {

	private final SpeedDatings speedDatings;
	private final SpeedDatingParticipants participants;
	private final StoredMeetings meetings;
	private final Registrations registrations;

	SchedulePlans(SpeedDatings speedDatings, SpeedDatingParticipants participants, StoredMeetings meetings, Registrations registrations) {
		this.speedDatings = speedDatings;
		this.participants = participants;
		this.meetings = meetings;
		this.registrations = registrations;
	}

	/** The draft the organisers work on, empty rounds before the first one was generated. */
	public SchedulePlan draft(UUID event) {
		SpeedDating speedDating = speedDatings.load(event);
		return plan(speedDating, meetings.of(event, false));
	}

	/** What the participants see, once published. */
	public Optional<SchedulePlan> published(UUID event) {
		SpeedDating speedDating = speedDatings.load(event);
		return speedDating.publishedAt() == null ? Optional.empty() : Optional.of(plan(speedDating, meetings.of(event, true)));
	}

	/** A participant's published schedule, if there is one. */
	public Optional<PersonalSchedule> personal(UUID event, UUID registration) {
		return published(event).map(plan -> personal(plan, registration));
	}

	/** Every present participant's published schedule, by name, for printing at the desk. */
	public List<PersonalSchedule> everyPersonal(UUID event) {
		return published(event).map(plan -> plan.rounds().stream()
			.flatMap(round -> round.meetings().stream())
			.flatMap(meeting -> meeting.people().stream())
			.filter(seat -> !seat.absent())
			.distinct()
			.sorted(Comparator.comparing(Seat::name, String.CASE_INSENSITIVE_ORDER))
			.map(seat -> personal(plan, seat.registration()))
			.toList()).orElse(List.of());
	}

	/** One card per table of the published schedule, listing the rounds. */
	public List<TableCard> tableCards(UUID event) {
		return published(event).map(plan -> {
			int tables = plan.rounds().stream().flatMap(r -> r.meetings().stream()).mapToInt(Meeting::table).max().orElse(0);
			List<TableCard> cards = new ArrayList<>();
			for (int table = 1; table <= tables; table++) {
				int t = table;
				cards.add(new TableCard(table, plan.rounds().stream()
					.map(round -> new TableCard.Sitting(round.round(), round.startsAt(), round.endsAt(),
							round.meetings().stream().filter(m -> m.table() == t).findFirst().map(Meeting::people).orElse(List.of())))
					.toList()));
			}
			return cards;
		}).orElse(List.of());
	}

	PersonalSchedule personal(SchedulePlan plan, UUID registration) {
		Map<UUID, Participant> people = byId(participants.all(plan.speedDating().event().id()));
		Seat person = null;
		List<PersonalSchedule.Appointment> appointments = new ArrayList<>();
		for (RoundPlan round : plan.rounds()) {
			Meeting mine = round.meetings().stream()
				.filter(m -> m.people().stream().anyMatch(s -> s.registration().equals(registration)))
				.findFirst()
				.orElse(null);
			List<PersonalSchedule.Partner> partners = new ArrayList<>();
			if (mine != null) {
				for (Seat seat : mine.people()) {
					if (seat.registration().equals(registration)) {
						person = seat;
					}
					else {
						partners.add(new PersonalSchedule.Partner(seat, reason(people, registration, seat.registration())));
					}
				}
			}
			appointments.add(new PersonalSchedule.Appointment(round.round(), round.startsAt(), round.endsAt(),
					mine == null ? null : mine.table(), partners));
		}
		if (person == null) {
			Participant participant = people.get(registration);
			if (participant == null) {
				throw NotFoundException.of("participant", registration);
			}
			person = seat(participant);
		}
		return new PersonalSchedule(plan.speedDating(), person, appointments);
	}

	SchedulePlan plan(SpeedDating speedDating, List<StoredMeeting> stored) {
		UUID event = speedDating.event().id();
		List<Participant> people = participants.all(event);
		MeetingTally tally = new MeetingTally(people, registration -> gone(event, registration));
		SpeedDatingSettings settings = speedDating.settings();
		List<RoundPlan> rounds = new ArrayList<>();
		for (int round = 1; round <= settings.rounds(); round++) {
			rounds.add(round(round, settings, stored, people, tally));
		}
		List<PersonFigures> present = present(people, tally);
		return new SchedulePlan(speedDating, rounds, figures(speedDating, stored, tally.total(), present), stale(speedDating));
	}

	/** The round's meetings, counted into the tally, and who of those present sits out. */
	private static RoundPlan round(int round, SpeedDatingSettings settings, List<StoredMeeting> stored,
			List<Participant> people, MeetingTally tally) {
		List<Meeting> meetings = new ArrayList<>();
		Set<UUID> seated = new HashSet<>();
		for (StoredMeeting meeting : stored) {
			if (meeting.round() == round) {
				meetings.add(tally.add(meeting));
				seated.addAll(meeting.participants());
			}
		}
		List<Seat> sittingOut = people.stream()
			.filter(p -> !p.absent() && !seated.contains(p.registration().id()))
			.map(SchedulePlans::seat)
			.sorted(Comparator.comparing(Seat::name, String.CASE_INSENSITIVE_ORDER))
			.toList();
		return new RoundPlan(round, settings.roundStarts(round), settings.roundEnds(round), meetings, sittingOut);
	}

	/** The figures of everyone present, those with the fewest good matches first. */
	private static List<PersonFigures> present(List<Participant> people, MeetingTally tally) {
		return people.stream()
			.filter(p -> !p.absent())
			.map(p -> {
				MeetingTally.Score score = tally.score(p.registration().id());
				return new PersonFigures(seat(p), score.meetings(), score.good(), score.weight());
			})
			.sorted(Comparator.comparingInt(PersonFigures::good).thenComparingDouble(PersonFigures::weight)
				.thenComparing(f -> f.person().name(), String.CASE_INSENSITIVE_ORDER))
			.toList();
	}

	private static Figures figures(SpeedDating speedDating, List<StoredMeeting> stored, double total,
			List<PersonFigures> present) {
		int half = (speedDating.settings().rounds() + 1) / 2;
		return new Figures(total, stored.isEmpty() ? null : speedDating.upperBound(),
				present.stream().mapToInt(PersonFigures::good).min().orElse(0),
				present.stream().mapToInt(PersonFigures::good).max().orElse(0),
				present.stream().mapToDouble(PersonFigures::weight).min().orElse(0),
				present.stream().mapToDouble(PersonFigures::weight).max().orElse(0), present,
				stored.isEmpty() ? List.of() : present.stream().filter(f -> f.good() < half).limit(50).toList(),
				speedDating.draftedAt());
	}

	/** Whether profiles or participants changed after the draft was made. */
	private boolean stale(SpeedDating speedDating) {
		Instant changed = participants.lastChange(speedDating.event().id()).orElse(null);
		return speedDating.draftedAt() != null && changed != null && changed.isAfter(speedDating.draftedAt());
	}

	private Seat gone(UUID event, UUID registration) {
		return registrations.find(event, registration)
			.map(r -> new Seat(r.id(), r.name(), r.organisationName(), true))
			.orElseGet(() -> new Seat(registration, "–", null, true));
	}

	static Seat seat(Participant participant) {
		return new Seat(participant.registration().id(), participant.registration().name(),
				participant.registration().organisationName(), participant.absent());
	}

	static Map<UUID, Participant> byId(List<Participant> people) {
		Map<UUID, Participant> byId = new HashMap<>();
		people.forEach(p -> byId.put(p.registration().id(), p));
		return byId;
	}

	/** The weight of a pair as the profiles give it now; 0 for an excluded pair that was pinned all the same. */
	static double weight(Map<UUID, Participant> people, UUID one, UUID other) {
		Participant a = people.get(one);
		Participant b = people.get(other);
		return a == null || b == null ? 0 : MatchWeights.weight(a.profile(), b.profile());
	}

	static MatchReason reason(Map<UUID, Participant> people, UUID one, UUID other) {
		Participant a = people.get(one);
		Participant b = people.get(other);
		return a == null || b == null ? new MatchReason(MatchReason.Wish.NONE, List.of(), List.of(), List.of())
				: MatchWeights.reason(a.profile(), b.profile());
	}
}
