package org.regiolab.matchmaking;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.regiolab.matchmaking.SchedulePlan.Meeting;
import org.regiolab.matchmaking.SchedulePlan.Seat;
import org.regiolab.matchmaking.SpeedDatingParticipants.Participant;
import org.regiolab.matchmaking.StoredMeetings.StoredMeeting;

/**
 * Adds up a plan's meetings as they are read, round by round: what each person gets (meetings,
 * good ones, weight) and what the schedule weighs in all, by the profiles as they are now.
 */
final class MeetingTally {

	/** What a person's meetings so far give them. */
	record Score(int meetings, int good, double weight) {

		static final Score NONE = new Score(0, 0, 0);

		private static Score of(Share share) {
			return new Score(1, share.good() ? 1 : 0, share.weight());
		}

		private Score plus(Score other) {
			return new Score(meetings + other.meetings, good + other.good, weight + other.weight);
		}
	}

	/** What one meeting gives one person at the table: the weight of their pairs, and whether one is a good match. */
	private record Share(double weight, boolean good) {
	}

	private final Map<UUID, Participant> people;
	private final Map<UUID, Seat> seats = new HashMap<>();
	private final Function<UUID, Seat> gone;
	private final Map<UUID, Score> scores = new HashMap<>();
	private double total;

	/** @param gone the seat of someone in a meeting who is no participant any more */
	MeetingTally(List<Participant> participants, Function<UUID, Seat> gone) {
		this.people = SchedulePlans.byId(participants);
		this.gone = gone;
		participants.forEach(p -> seats.put(p.registration().id(), SchedulePlans.seat(p)));
	}

	/** The meeting as the plan shows it, counted for everyone at the table. */
	Meeting add(StoredMeeting meeting) {
		List<Seat> group = meeting.participants().stream().map(id -> seats.computeIfAbsent(id, gone)).toList();
		double weight = 0;
		for (UUID person : meeting.participants()) {
			Share share = share(person, meeting.participants());
			scores.merge(person, Score.of(share), Score::plus);
			weight += share.weight() / 2;
		}
		total += weight;
		return new Meeting(meeting.id(), meeting.round(), meeting.table(), group, weight, meeting.pinned());
	}

	Score score(UUID person) {
		return scores.getOrDefault(person, Score.NONE);
	}

	double total() {
		return total;
	}

	private Share share(UUID person, List<UUID> table) {
		double weight = 0;
		boolean good = false;
		for (UUID other : table) {
			if (!other.equals(person)) {
				double pair = SchedulePlans.weight(people, person, other);
				weight += pair;
				good |= pair > 0 && SchedulePlans.reason(people, person, other).good();
			}
		}
		return new Share(weight, good);
	}
}
