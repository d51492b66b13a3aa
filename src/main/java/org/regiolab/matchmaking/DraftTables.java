package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.regiolab.matchmaking.MatchmakingProblem.Pin;
import org.regiolab.matchmaking.StoredMeetings.StoredMeeting;

/**
 * A solved schedule as the meetings of a draft: the pins keep their tables; a new meeting takes the
 * table one of its people had in that round before, where that table is free (so that after a
 * no-show the one left alone stays seated and the new partner comes to them), else the lowest free.
 * Meetings that were pinned stay pinned.
 */
final class DraftTables {

	private DraftTables() {
	}

	/**
	 * @param formerTables the table of each person in each round before ({@code round|registration}), if any
	 */
	static List<StoredMeeting> meetings(Schedule schedule, List<Pin> pins, List<StoredMeeting> previous,
			Map<String, Integer> formerTables) {
		Set<String> pinned = new HashSet<>();
		previous.stream().filter(StoredMeeting::pinned).forEach(m -> pinned.add(key(m.round(), m.participants())));
		Set<String> fixed = new HashSet<>();
		pins.forEach(pin -> fixed.add(key(pin.round(), ids(pin.participants()))));
		List<StoredMeeting> draft = new ArrayList<>();
		for (Schedule.Round round : schedule.rounds()) {
			Set<Integer> taken = new HashSet<>();
			List<Schedule.Meeting> free = new ArrayList<>();
			for (Schedule.Meeting meeting : round.meetings()) {
				if (fixed.contains(key(round.round(), ids(meeting.participants())))) {
					taken.add(meeting.table());
				}
				else {
					free.add(meeting);
				}
			}
			Map<Schedule.Meeting, Integer> tables = new HashMap<>();
			for (Schedule.Meeting meeting : free) {
				for (String person : meeting.participants()) {
					Integer former = formerTables.get(round.round() + "|" + person);
					if (former != null && !taken.contains(former)) {
						taken.add(former);
						tables.put(meeting, former);
						break;
					}
				}
			}
			int next = 1;
			for (Schedule.Meeting meeting : round.meetings()) {
				int table = meeting.table();
				if (free.contains(meeting)) {
					if (!tables.containsKey(meeting)) {
						while (taken.contains(next)) {
							next++;
						}
						taken.add(next);
						tables.put(meeting, next);
					}
					table = tables.get(meeting);
				}
				List<UUID> people = ids(meeting.participants());
				draft.add(new StoredMeeting(UUID.randomUUID(), round.round(), table, people,
						pinned.contains(key(round.round(), people))));
			}
		}
		return draft;
	}

	private static List<UUID> ids(List<String> people) {
		return people.stream().map(UUID::fromString).toList();
	}

	private static String key(int round, List<UUID> people) {
		return round + ":" + people.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
	}
}
