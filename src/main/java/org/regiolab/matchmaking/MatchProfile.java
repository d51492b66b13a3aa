package org.regiolab.matchmaking;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a participant of a speed dating states about themselves: the weights of their pairs
 * ({@link MatchWeights}) come from it.
 *
 * @param id the registration's id
 * @param organisation whom they come for (the registry's id or the name they wrote, compared as
 *        given): people of one organisation never meet; {@code null} if they named none
 * @param offers what they can offer, as free tags
 * @param needs what they look for, as free tags
 * @param topics sectors ({@code wz:62}) and SDGs ({@code sdg:9}) they work on
 * @param meet whom they want to meet
 * @param avoid whom they do not want to meet
 */
public record MatchProfile(UUID id, @Nullable String organisation, List<String> offers, List<String> needs,
		List<String> topics, Set<UUID> meet, Set<UUID> avoid) {

	public MatchProfile {
		offers = List.copyOf(offers);
		needs = List.copyOf(needs);
		topics = List.copyOf(topics);
		meet = Set.copyOf(meet);
		avoid = Set.copyOf(avoid);
	}

	/** Somebody who has stated nothing yet. */
	public static MatchProfile empty(UUID id, @Nullable String organisation) {
		return new MatchProfile(id, organisation, List.of(), List.of(), List.of(), Set.of(), Set.of());
	}
}
