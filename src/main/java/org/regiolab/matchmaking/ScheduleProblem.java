package org.regiolab.matchmaking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

import org.regiolab.matchmaking.MatchmakingProblem.Pin;
import org.regiolab.matchmaking.SpeedDatingParticipants.Participant;
import org.regiolab.matchmaking.StoredMeetings.StoredMeeting;

/**
 * The solver's problem of a speed dating: every participant with a seat, a weight for every pair
 * that may meet ({@link MatchWeights}), and the meetings that stay as they are.
 */
final class ScheduleProblem {

	private ScheduleProblem() {
	}

	/**
	 * @param firstOpenRound rounds before it are over: nobody gets a new meeting there (1 for a whole new plan)
	 * @param pins meetings that stay; people in them who hold no seat any more are kept as they were
	 */
	static MatchmakingProblem of(SpeedDatingSettings settings, List<Participant> people, List<Pin> pins, int firstOpenRound,
			long seed) {
		List<MatchmakingProblem.Participant> participants = new ArrayList<>();
		Set<String> known = new HashSet<>();
		List<Integer> over = new ArrayList<>();
		List<Integer> every = new ArrayList<>();
		for (int round = 1; round <= settings.rounds(); round++) {
			every.add(round);
			if (round < firstOpenRound) {
				over.add(round);
			}
		}
		for (Participant person : people) {
			String organisation = person.profile().organisation();
			participants.add(new MatchmakingProblem.Participant(person.registration().id().toString(),
					organisation == null ? null : organisation.strip().toLowerCase(Locale.GERMAN), person.absent() ? every : over));
			known.add(person.registration().id().toString());
		}
		// somebody who met in a round that is over and gave up their seat since still sat there
		pins.stream().flatMap(pin -> pin.participants().stream()).filter(known::add)
			.forEach(gone -> participants.add(new MatchmakingProblem.Participant(gone, null, every)));
		List<MatchmakingProblem.PairWeight> weights = new ArrayList<>();
		List<MatchmakingProblem.Pair> forbidden = new ArrayList<>();
		for (int i = 0; i < people.size(); i++) {
			MatchProfile one = people.get(i).profile();
			for (int j = i + 1; j < people.size(); j++) {
				MatchProfile other = people.get(j).profile();
				String a = one.id().toString();
				String b = other.id().toString();
				if (MatchWeights.excluded(one, other)) {
					forbidden.add(new MatchmakingProblem.Pair(a, b));
				}
				else {
					weights.add(new MatchmakingProblem.PairWeight(a, b, MatchWeights.weight(MatchWeights.reason(one, other))));
				}
			}
		}
		return new MatchmakingProblem(settings.rounds(), settings.tables(), settings.allowTriples(), participants, weights,
				forbidden, seed, pins);
	}

	/**
	 * The candidates that can stay, in their order: a later one that contradicts an earlier one
	 * (somebody twice in a round, a pair twice, more meetings than tables) or the settings (a round
	 * that is gone, three where triples are not allowed) is dropped; a table that is gone or taken
	 * is given up, the meeting stays.
	 *
	 * @param seated who may be in a pin of that meeting's round
	 */
	static List<Pin> keepable(List<StoredMeeting> candidates, SpeedDatingSettings settings,
			java.util.function.IntFunction<Predicate<UUID>> seated) {
		List<Pin> pins = new ArrayList<>();
		Set<String> busy = new HashSet<>();
		Set<String> pairs = new HashSet<>();
		Set<String> tables = new HashSet<>();
		Map<Integer, Integer> perRound = new HashMap<>();
		for (StoredMeeting meeting : candidates) {
			int round = meeting.round();
			List<UUID> people = new ArrayList<>(new LinkedHashSet<>(meeting.participants()));
			boolean fits = round <= settings.rounds() && people.size() >= 2 && (people.size() == 2 || settings.allowTriples())
					&& people.stream().allMatch(seated.apply(round))
					&& people.stream().noneMatch(p -> busy.contains(round + "|" + p))
					&& (settings.tables() == null || perRound.getOrDefault(round, 0) < settings.tables());
			List<String> groupPairs = new ArrayList<>();
			for (int i = 0; i < people.size(); i++) {
				for (int j = i + 1; j < people.size(); j++) {
					groupPairs.add(key(people.get(i), people.get(j)));
				}
			}
			if (!fits || groupPairs.stream().anyMatch(pairs::contains)) {
				continue;
			}
			people.forEach(p -> busy.add(round + "|" + p));
			pairs.addAll(groupPairs);
			perRound.merge(round, 1, Integer::sum);
			boolean tableFree = (settings.tables() == null || meeting.table() <= settings.tables())
					&& tables.add(round + "|" + meeting.table());
			pins.add(new Pin(round, people.stream().map(UUID::toString).toList(), tableFree ? meeting.table() : null));
		}
		return pins;
	}

	private static String key(UUID a, UUID b) {
		return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
	}
}
