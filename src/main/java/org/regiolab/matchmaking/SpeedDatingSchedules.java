package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.regiolab.accounts.AuditLog;
import org.regiolab.matchmaking.MatchProfiles.Participant;
import org.regiolab.matchmaking.MatchmakingProblem.Pin;
import org.regiolab.matchmaking.SpeedDatings.SpeedDating;
import org.regiolab.matchmaking.StoredMeetings.StoredMeeting;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.PlatformProperties;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes and changes the draft schedule of a speed dating and publishes it: generating with the
 * solver around the pinned meetings, pinning and swapping by hand, and re-planning the rounds
 * still to come when people do not show up (decision 14). Every change is in the audit log.
 */
@Service
@Transactional
public class SpeedDatingSchedules {

	/** A new draft, and how many pinned meetings it could not keep (their people left, say). */
	public record Generated(SchedulePlan plan, int droppedPins) {
	}

	private final SpeedDatings speedDatings;
	private final MatchProfiles profiles;
	private final StoredMeetings meetings;
	private final SchedulePlans plans;
	private final AuditLog audit;
	private final MailOutbox outbox;
	private final PlatformProperties platform;
	// the default budget, 1.2 s: an organiser waits that long for a draft that is within a percent of the best
	private final MatchmakingSolver solver = new MatchmakingSolver();

	SpeedDatingSchedules(SpeedDatings speedDatings, MatchProfiles profiles, StoredMeetings meetings, SchedulePlans plans,
			AuditLog audit, MailOutbox outbox, PlatformProperties platform) {
		this.speedDatings = speedDatings;
		this.profiles = profiles;
		this.meetings = meetings;
		this.plans = plans;
		this.audit = audit;
		this.outbox = outbox;
		this.platform = platform;
	}

	/**
	 * A new draft for everybody present, keeping the pinned meetings of the current one where
	 * their people are still present and they fit the settings.
	 */
	public Generated generate(UUID event) {
		SpeedDating speedDating = speedDatings.load(event);
		SpeedDatingSettings settings = speedDating.settings();
		List<Participant> people = profiles.participants(event);
		Set<UUID> present = people.stream().filter(p -> !p.absent()).map(p -> p.registration().id()).collect(Collectors.toSet());
		List<StoredMeeting> pinned = meetings.of(event, false).stream().filter(StoredMeeting::pinned).toList();
		List<Pin> pins = ScheduleProblem.keepable(pinned, settings, round -> present::contains);
		Schedule schedule = solve(ScheduleProblem.of(settings, people, pins, 1, seed(event)));
		store(event, schedule, pins, Map.of());
		speedDatings.drafted(event, schedule.upperBound());
		audit.record("matchmaking.drafted", SpeedDatings.subject(event),
				pins.size() + " pinned, " + (pinned.size() - pins.size()) + " pins dropped");
		return new Generated(plans.draft(event), pinned.size() - pins.size());
	}

	/**
	 * Plans the rounds from {@code fromRound} on again for the people present, without moving them:
	 * the rounds before stay as they are; later meetings stay where they are with those of their
	 * people who are present (a triple that lost one is a pair); only who lost every partner to a
	 * no-show gets a new partner, at their own table where it is free, or sits out.
	 */
	public SchedulePlan replan(UUID event, int fromRound) {
		SpeedDating speedDating = speedDatings.load(event);
		SpeedDatingSettings settings = speedDating.settings();
		if (fromRound < 1 || fromRound > settings.rounds()) {
			throw new InvalidInputException("fromRound", "matchmaking.replan.round", "A round of the speed dating");
		}
		List<Participant> people = profiles.participants(event);
		Set<UUID> present = people.stream().filter(p -> !p.absent()).map(p -> p.registration().id()).collect(Collectors.toSet());
		List<StoredMeeting> kept = new ArrayList<>();
		Map<String, Integer> formerTables = new HashMap<>();
		for (StoredMeeting meeting : meetings.of(event, false)) {
			if (meeting.round() < fromRound) {
				kept.add(meeting);
				continue;
			}
			meeting.participants().forEach(p -> formerTables.put(meeting.round() + "|" + p, meeting.table()));
			List<UUID> staying = meeting.participants().stream().filter(present::contains).toList();
			if (staying.size() >= 2) {
				kept.add(new StoredMeeting(meeting.id(), meeting.round(), meeting.table(), staying, meeting.pinned()));
			}
		}
		// what happened stays whoever was in it; from the re-plan on only people present
		List<Pin> pins = ScheduleProblem.keepable(kept, settings, round -> round < fromRound ? person -> true : present::contains);
		Schedule schedule = solve(ScheduleProblem.of(settings, people, pins, fromRound, seed(event)));
		store(event, schedule, pins, formerTables);
		speedDatings.drafted(event, schedule.upperBound());
		audit.record("matchmaking.replanned", SpeedDatings.subject(event),
				"from round " + fromRound + ", " + (people.size() - present.size()) + " absent");
		return plans.draft(event);
	}

	/** Pins a meeting of the draft, so that generating again keeps it, or lets it go. */
	public void pin(UUID event, UUID meeting, boolean pinned) {
		speedDatings.load(event);
		StoredMeeting stored = meetings.find(event, meeting);
		if (stored == null) {
			throw new java.util.NoSuchElementException("No meeting " + meeting);
		}
		meetings.update(new StoredMeeting(stored.id(), stored.round(), stored.table(), stored.participants(), pinned));
		audit.record(pinned ? "matchmaking.pinned" : "matchmaking.unpinned", SpeedDatings.subject(event),
				"round " + stored.round() + ", table " + stored.table());
	}

	/**
	 * Swaps two people's seats in a round: each takes the other's place, or, where one of them
	 * sits out, the other sits out instead. The meetings changed are pinned, since a hand made them.
	 * @throws InvalidInputException if a new pair must not meet or meets in another round already
	 */
	public void swap(UUID event, int round, UUID first, UUID second) {
		SpeedDating speedDating = speedDatings.load(event);
		if (round < 1 || round > speedDating.settings().rounds()) {
			throw new InvalidInputException("round", "matchmaking.replan.round", "A round of the speed dating");
		}
		Map<UUID, Participant> people = SchedulePlans.byId(profiles.participants(event));
		for (UUID person : List.of(first, second)) {
			if (!people.containsKey(person) || people.get(person).absent()) {
				throw new InvalidInputException(person.equals(first) ? "first" : "second", "matchmaking.swap.absent",
						"Only people present take seats");
			}
		}
		List<StoredMeeting> draft = meetings.of(event, false);
		StoredMeeting one = seating(draft, round, first);
		StoredMeeting other = seating(draft, round, second);
		if (first.equals(second) || one != null && one.equals(other)) {
			throw new InvalidInputException("second", "matchmaking.swap.same", "Two people of different meetings");
		}
		if (one == null && other == null) {
			throw new InvalidInputException("second", "matchmaking.swap.nobody", "Neither has a meeting in the round");
		}
		List<StoredMeeting> changed = new ArrayList<>();
		if (one != null) {
			changed.add(replaced(one, first, second));
		}
		if (other != null) {
			changed.add(replaced(other, second, first));
		}
		for (StoredMeeting meeting : changed) {
			check(meeting, draft, people);
		}
		changed.forEach(meetings::update);
		audit.record("matchmaking.swapped", SpeedDatings.subject(event), "round " + round);
	}

	/**
	 * Publishes the draft: participants see it on their pages from now on and, with
	 * {@code notify}, get a mail with the link to it.
	 * @return how many mails were queued
	 */
	public int publish(UUID event, boolean notify) {
		SpeedDating speedDating = speedDatings.load(event);
		if (meetings.of(event, false).isEmpty()) {
			throw new InvalidInputException("schedule", "matchmaking.publish.empty", "Generate a draft first");
		}
		meetings.publish(event);
		speedDatings.published(event);
		int mails = 0;
		if (notify) {
			String version = Long.toString(System.currentTimeMillis());
			for (Participant person : profiles.participants(event)) {
				if (person.absent()) {
					continue;
				}
				MatchProfiles.ParticipantProfile profile = profiles.open(event, person.registration().id());
				Object[] args = { person.registration().name(), speedDating.event().data().title(),
						platform.publicUrl() + "/matchmaking/p/" + profile.token() + "/schedule" };
				if (outbox.enqueue(new OutgoingMail(person.registration().email(),
						profiles.mailSubject("matchmaking.mail.schedule.subject", args), profiles.text("matchmaking.mail.schedule.text", args),
						"matchmaking:schedule:" + person.registration().id() + ":" + version))) {
					mails++;
				}
			}
		}
		audit.record("matchmaking.published", SpeedDatings.subject(event), mails + " mails");
		return mails;
	}

	private Schedule solve(MatchmakingProblem problem) {
		try {
			return solver.solve(problem);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("The speed dating's problem is inconsistent", ex);
		}
	}

	/**
	 * Replaces the draft by the schedule: pinned meetings stay pinned, and a new meeting takes the
	 * table one of its people had in that round before, where that table is free.
	 */
	private void store(UUID event, Schedule schedule, List<Pin> pins, Map<String, Integer> formerTables) {
		Set<String> pinned = new HashSet<>();
		List<StoredMeeting> previous = meetings.of(event, false);
		previous.stream().filter(StoredMeeting::pinned).forEach(m -> pinned.add(groupKey(m.round(), m.participants())));
		Set<String> pinKeys = new HashSet<>();
		pins.forEach(pin -> pinKeys.add(groupKey(pin.round(), pin.participants().stream().map(UUID::fromString).toList())));
		List<StoredMeeting> draft = new ArrayList<>();
		for (Schedule.Round round : schedule.rounds()) {
			List<Schedule.Meeting> fixed = new ArrayList<>();
			List<Schedule.Meeting> free = new ArrayList<>();
			for (Schedule.Meeting meeting : round.meetings()) {
				List<UUID> people = meeting.participants().stream().map(UUID::fromString).toList();
				(pinKeys.contains(groupKey(round.round(), people)) ? fixed : free).add(meeting);
			}
			Set<Integer> taken = new HashSet<>();
			fixed.forEach(m -> taken.add(m.table()));
			Map<Schedule.Meeting, Integer> tables = new HashMap<>();
			for (Schedule.Meeting meeting : free) {
				meeting.participants().stream()
					.map(p -> formerTables.get(round.round() + "|" + p))
					.filter(t -> t != null && !taken.contains(t))
					.findFirst()
					.ifPresent(t -> {
						tables.put(meeting, t);
						taken.add(t);
					});
			}
			int next = 1;
			for (Schedule.Meeting meeting : round.meetings()) {
				List<UUID> people = meeting.participants().stream().map(UUID::fromString).toList();
				int table = meeting.table();
				if (free.contains(meeting)) {
					Integer kept = tables.get(meeting);
					if (kept == null) {
						while (taken.contains(next)) {
							next++;
						}
						kept = next;
						taken.add(next);
					}
					table = kept;
				}
				draft.add(new StoredMeeting(UUID.randomUUID(), round.round(), table, people,
						pinned.contains(groupKey(round.round(), people))));
			}
		}
		meetings.replaceDraft(event, draft);
	}

	private static StoredMeeting seating(List<StoredMeeting> draft, int round, UUID person) {
		return draft.stream().filter(m -> m.round() == round && m.seats(person)).findFirst().orElse(null);
	}

	private static StoredMeeting replaced(StoredMeeting meeting, UUID leaving, UUID coming) {
		List<UUID> people = meeting.participants().stream().map(p -> p.equals(leaving) ? coming : p).toList();
		return new StoredMeeting(meeting.id(), meeting.round(), meeting.table(), people, true);
	}

	/** A meeting made by hand: no pair of it excluded, none meeting in another round too. */
	private static void check(StoredMeeting meeting, List<StoredMeeting> draft, Map<UUID, Participant> people) {
		List<UUID> group = meeting.participants();
		for (int i = 0; i < group.size(); i++) {
			for (int j = i + 1; j < group.size(); j++) {
				UUID a = group.get(i);
				UUID b = group.get(j);
				if (people.containsKey(a) && people.containsKey(b)
						&& MatchWeights.excluded(people.get(a).profile(), people.get(b).profile())) {
					throw new InvalidInputException("second", "matchmaking.swap.excluded", "The two must not meet");
				}
				boolean elsewhere = draft.stream().anyMatch(m -> m.round() != meeting.round() && m.seats(a) && m.seats(b));
				if (elsewhere) {
					throw new InvalidInputException("second", "matchmaking.swap.metAlready", "The two meet in another round");
				}
			}
		}
	}

	private static String groupKey(int round, List<UUID> people) {
		return round + ":" + people.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
	}

	private static long seed(UUID event) {
		return event.getMostSignificantBits() ^ event.getLeastSignificantBits();
	}
}
