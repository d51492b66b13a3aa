package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.regiolab.matchmaking.SpeedDatingParticipants.Participant;
import org.regiolab.matchmaking.StoredMeetings.StoredMeeting;
import org.regiolab.platform.InvalidInputException;

/**
 * Two people exchange their seats in a round of the draft: each takes the other's place, or, where
 * one of them sits out, the other sits out instead. The meetings changed are pinned, since a hand
 * made them; a swap that seats an excluded pair, or a pair that meets in another round, is refused.
 */
final class SeatSwap {

	private SeatSwap() {
	}

	/**
	 * @return the meetings as they are after the swap
	 * @throws InvalidInputException naming the field {@code first} or {@code second} of the swap form
	 */
	static List<StoredMeeting> of(List<StoredMeeting> draft, int round, UUID first, UUID second, Map<UUID, Participant> people) {
		for (UUID person : List.of(first, second)) {
			if (!people.containsKey(person) || people.get(person).absent()) {
				throw new InvalidInputException(person.equals(first) ? "first" : "second", "matchmaking.swap.absent",
						"Only people present take seats");
			}
		}
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
		changed.forEach(meeting -> check(meeting, draft, people));
		return changed;
	}

	private static StoredMeeting seating(List<StoredMeeting> draft, int round, UUID person) {
		return draft.stream().filter(m -> m.round() == round && m.seats(person)).findFirst().orElse(null);
	}

	private static StoredMeeting replaced(StoredMeeting meeting, UUID leaving, UUID coming) {
		List<UUID> people = meeting.participants().stream().map(p -> p.equals(leaving) ? coming : p).toList();
		return new StoredMeeting(meeting.id(), meeting.round(), meeting.table(), people, true);
	}

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
				if (draft.stream().anyMatch(m -> m.round() != meeting.round() && m.seats(a) && m.seats(b))) {
					throw new InvalidInputException("second", "matchmaking.swap.metAlready", "The two meet in another round");
				}
			}
		}
	}
}
