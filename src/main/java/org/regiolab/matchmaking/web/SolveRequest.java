package org.regiolab.matchmaking.web;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.matchmaking.MatchmakingProblem;
import org.regiolab.platform.InvalidInputException;

/** A problem as {@code POST /api/v1/matchmaking/solve} takes it. */
record SolveRequest(@NotNull @Min(1) @Max(100) Integer rounds, @Nullable @Min(0) Integer tables,
		@Nullable Boolean allowTriples, @NotNull @Size(max = 10_000) List<@Valid @NotNull ParticipantInput> participants,
		@NotNull @Size(max = 500_000) List<@Valid @NotNull WeightInput> weights,
		@Nullable @Size(max = 500_000) List<@Valid @NotNull PairInput> forbidden, @Nullable Long seed) {

	record ParticipantInput(@NotBlank @Size(max = 200) String id, @Nullable @Size(max = 500) String organization,
			@Nullable List<@NotNull Integer> unavailableRounds) {
	}

	record WeightInput(@NotBlank String a, @NotBlank String b, @NotNull Double weight) {
	}

	record PairInput(@NotBlank String a, @NotBlank String b) {
	}

	/** The problem, after the checks that need the whole request: ids known and unique, weights ≥ 0. */
	MatchmakingProblem toProblem() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < participants.size(); i++) {
			if (!ids.add(participants.get(i).id())) {
				throw new InvalidInputException("participants[" + i + "].id", "matchmaking.participant.duplicate",
						"participant " + participants.get(i).id() + " is listed twice");
			}
		}
		for (int i = 0; i < weights.size(); i++) {
			WeightInput weight = weights.get(i);
			known(ids, weight.a(), "weights[" + i + "].a");
			known(ids, weight.b(), "weights[" + i + "].b");
			if (weight.a().equals(weight.b())) {
				throw new InvalidInputException("weights[" + i + "].b", "matchmaking.pair.self", "a pair of one person");
			}
			if (!(weight.weight() >= 0) || weight.weight().isInfinite()) {
				throw new InvalidInputException("weights[" + i + "].weight", "matchmaking.weight.negative",
						"weights must be finite and not negative");
			}
		}
		List<PairInput> pairs = forbidden == null ? List.of() : forbidden;
		for (int i = 0; i < pairs.size(); i++) {
			known(ids, pairs.get(i).a(), "forbidden[" + i + "].a");
			known(ids, pairs.get(i).b(), "forbidden[" + i + "].b");
		}
		return new MatchmakingProblem(rounds, tables, Boolean.TRUE.equals(allowTriples),
				participants.stream()
					.map(p -> new MatchmakingProblem.Participant(p.id(), p.organization(),
							p.unavailableRounds() == null ? List.of() : p.unavailableRounds()))
					.toList(),
				weights.stream().map(w -> new MatchmakingProblem.PairWeight(w.a(), w.b(), w.weight())).toList(),
				pairs.stream().map(p -> new MatchmakingProblem.Pair(p.a(), p.b())).toList(), seed == null ? 0 : seed);
	}

	private static void known(Set<String> ids, String id, String field) {
		if (!ids.contains(id)) {
			throw new InvalidInputException(field, "matchmaking.participant.unknown", "unknown participant " + id);
		}
	}
}
