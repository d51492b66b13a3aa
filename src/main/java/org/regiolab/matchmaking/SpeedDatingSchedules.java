package org.regiolab.matchmaking;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.regiolab.accounts.AuditLog;
import org.regiolab.matchmaking.MatchmakingProblem.Pin;
import org.regiolab.matchmaking.SpeedDatingParticipants.Participant;
import org.regiolab.matchmaking.SpeedDatings.SpeedDating;
import org.regiolab.matchmaking.StoredMeetings.StoredMeeting;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

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
	private final SpeedDatingParticipants participants;
	private final StoredMeetings meetings;
	private final SchedulePlans plans;
	private final AuditLog audit;
	private final SpeedDatingMails notices;
	private final Clock clock;
	// the default effort, about 1.2 s for 2,000 people: an organiser waits that long for a draft within a percent of the best
	private final MatchmakingSolver solver = new MatchmakingSolver();

	SpeedDatingSchedules(SpeedDatings speedDatings, MatchProfiles profiles, SpeedDatingParticipants participants,
			StoredMeetings meetings, SchedulePlans plans, AuditLog audit, SpeedDatingMails notices,
			Clock clock) {
		this.speedDatings = speedDatings;
		this.profiles = profiles;
		this.participants = participants;
		this.meetings = meetings;
		this.plans = plans;
		this.audit = audit;
		this.notices = notices;
		this.clock = clock;
	}

	/**
	 * A new draft for everybody present, keeping the pinned meetings of the current one where
	 * their people are still present and they fit the settings.
	 */
	public Generated generate(UUID event) {
		SpeedDating speedDating = speedDatings.load(event);
		SpeedDatingSettings settings = speedDating.settings();
		List<Participant> people = participants.all(event);
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
		List<Participant> people = participants.all(event);
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
			throw NotFoundException.of("meeting", meeting);
		}
		meetings.update(new StoredMeeting(stored.id(), stored.round(), stored.table(), stored.participants(), pinned));
		audit.record(pinned ? "matchmaking.pinned" : "matchmaking.unpinned", SpeedDatings.subject(event),
				"round " + stored.round() + ", table " + stored.table());
	}

	/**
	 * Swaps two people's seats in a round ({@link SeatSwap}); the meetings changed are pinned.
	 * @throws InvalidInputException if a new pair must not meet or meets in another round already
	 */
	public void swap(UUID event, int round, UUID first, UUID second) {
		SpeedDating speedDating = speedDatings.load(event);
		if (round < 1 || round > speedDating.settings().rounds()) {
			throw new InvalidInputException("round", "matchmaking.replan.round", "A round of the speed dating");
		}
		List<StoredMeeting> changed = SeatSwap.of(meetings.of(event, false), round, first, second,
				SchedulePlans.byId(participants.all(event)));
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
			String version = Long.toString(clock.millis());
			for (Participant person : participants.all(event)) {
				if (person.absent()) {
					continue;
				}
				String token = profiles.open(event, person.registration().id()).token();
				if (notices.schedule(person.registration(), speedDating.event().data().title(), token, version)) {
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

	private void store(UUID event, Schedule schedule, List<Pin> pins, Map<String, Integer> formerTables) {
		meetings.replaceDraft(event, DraftTables.meetings(schedule, pins, meetings.of(event, false), formerTables));
	}

	private static long seed(UUID event) {
		return event.getMostSignificantBits() ^ event.getLeastSignificantBits();
	}
}
