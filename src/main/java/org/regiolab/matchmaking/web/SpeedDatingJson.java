package org.regiolab.matchmaking.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.matchmaking.MatchProfiles.ParticipantProfile;
import org.regiolab.matchmaking.MatchReason;
import org.regiolab.matchmaking.PersonalSchedule;
import org.regiolab.matchmaking.SchedulePlan;
import org.regiolab.matchmaking.SpeedDatingSettings;
import org.regiolab.matchmaking.SpeedDatings.SpeedDating;

/** What the event-bound matchmaking API reads and writes. */
final class SpeedDatingJson {

	private SpeedDatingJson() {
	}

	/** The settings, as {@code PUT /api/v1/events/{id}/matchmaking} takes them. */
	record SettingsInput(@NotNull @Min(1) @Max(SpeedDatingSettings.MAX_ROUNDS) Integer rounds,
			@Nullable @Min(1) @Max(1000) Integer tables, @NotNull @Min(1) @Max(120) Integer roundMinutes,
			@NotNull OffsetDateTime startsAt, @Nullable @Min(0) @Max(60) Integer changeoverMinutes,
			@Nullable @Size(max = 30) List<@NotNull Integer> breakAfter, @Nullable @Min(0) @Max(240) Integer breakMinutes,
			@Nullable Boolean allowTriples) {

		SpeedDatingSettings toSettings() {
			return new SpeedDatingSettings(rounds, tables, roundMinutes, startsAt,
					changeoverMinutes == null ? 0 : changeoverMinutes, breakAfter == null ? List.of() : breakAfter,
					breakMinutes == null ? 0 : breakMinutes, Boolean.TRUE.equals(allowTriples));
		}
	}

	/** A speed dating's settings and where its schedule stands. */
	record SpeedDatingState(UUID event, String title, SpeedDatingSettings settings, @Nullable Instant draftedAt,
			@Nullable Instant publishedAt) {

		static SpeedDatingState of(SpeedDating s) {
			return new SpeedDatingState(s.event().id(), s.event().data().title(), s.settings(), s.draftedAt(), s.publishedAt());
		}
	}

	/** A profile as {@code PUT …/profile/{registrationId}} takes it; whom to meet and not are registration ids. */
	record ProfileInput(@Nullable @Size(max = 20) List<@NotNull String> offers, @Nullable @Size(max = 20) List<@NotNull String> needs,
			@Nullable @Size(max = 40) List<@NotNull String> topics, @Nullable @Size(max = 200) List<@NotNull UUID> meet,
			@Nullable @Size(max = 200) List<@NotNull UUID> avoid) {
	}

	/** A profile as the API answers it. */
	record Profile(UUID registrationId, String name, @Nullable String organization, List<String> offers, List<String> needs,
			List<String> topics, List<UUID> meet, List<UUID> avoid, boolean absent, @Nullable Instant updatedAt) {

		static Profile of(ParticipantProfile p) {
			return new Profile(p.registration().id(), p.registration().name(), p.registration().organisationName(),
					p.data().offers(), p.data().needs(), p.data().topics(),
					p.wishes().stream().filter(w -> w.meet()).map(w -> w.other()).toList(),
					p.wishes().stream().filter(w -> !w.meet()).map(w -> w.other()).toList(), p.absent(), p.updatedAt());
		}
	}

	/** The draft: its rounds with their meetings, and how good it is. */
	record Draft(List<Round> rounds, double totalWeight, @Nullable Double upperBound, @Nullable Double percentBelowBest,
			int minGoodMeetings, int maxGoodMeetings, Map<UUID, Score> perParticipant, List<UUID> fewGoodMeetings,
			boolean stale, @Nullable Instant draftedAt, @Nullable Instant publishedAt) {

		static Draft of(SchedulePlan plan) {
			SchedulePlan.Figures figures = plan.figures();
			Map<UUID, Score> scores = new LinkedHashMap<>();
			figures.everybody().forEach(f -> scores.put(f.person().registration(), new Score(f.meetings(), f.good(), f.weight())));
			return new Draft(plan.rounds().stream().map(Round::of).toList(), figures.total(), figures.upperBound(),
					figures.percentBelowBest(), figures.minGood(), figures.maxGood(), scores,
					figures.fewGood().stream().map(f -> f.person().registration()).toList(), plan.stale(), figures.draftedAt(),
					plan.speedDating().publishedAt());
		}
	}

	/** A participant's meetings, good ones among them, and their weight. */
	record Score(int meetings, int goodMeetings, double weight) {
	}

	record Round(int round, OffsetDateTime startsAt, OffsetDateTime endsAt, List<Meeting> meetings, List<UUID> sittingOut) {

		static Round of(SchedulePlan.RoundPlan round) {
			return new Round(round.round(), round.startsAt(), round.endsAt(),
					round.meetings().stream().map(m -> new Meeting(m.id(), m.table(),
							m.people().stream().map(SchedulePlan.Seat::registration).toList(), m.weight(), m.pinned())).toList(),
					round.sittingOut().stream().map(SchedulePlan.Seat::registration).toList());
		}
	}

	record Meeting(UUID id, int table, List<UUID> participants, double weight, boolean pinned) {
	}

	/** A participant's published schedule. */
	record Personal(UUID registrationId, String name, List<Appointment> appointments) {

		static Personal of(PersonalSchedule schedule) {
			return new Personal(schedule.person().registration(), schedule.person().name(),
					schedule.appointments().stream().map(a -> new Appointment(a.round(), a.startsAt(), a.endsAt(), a.table(),
							a.partners().stream().map(p -> new Partner(p.person().registration(), p.person().name(),
									p.person().organisation(), p.reason())).toList())).toList());
		}
	}

	record Appointment(int round, OffsetDateTime startsAt, OffsetDateTime endsAt, @Nullable Integer table, List<Partner> partners) {
	}

	record Partner(UUID registrationId, String name, @Nullable String organization, MatchReason why) {
	}

	/** Re-planning after no-shows: who is absent now, and the first round to plan again. */
	record ReplanInput(@NotNull @Min(1) Integer fromRound, @Nullable @Size(max = 10_000) List<@NotNull UUID> absent) {
	}
}
