package org.regiolab.matchmaking;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The weight of a pair: wishes first, then offers that meet needs, then shared tags; exclusions weigh nothing. */
class MatchWeightsTest {

	static final UUID ANNA = UUID.randomUUID();
	static final UUID BEN = UUID.randomUUID();
	static final List<String> MANY = List.of("Fachkräfte", "MINT", "Wasserstoff", "Netzwerke", "Förderung", "sdg:4", "wz:29");

	static MatchProfile profile(UUID id, List<String> offers, List<String> needs, Set<UUID> meet) {
		return new MatchProfile(id, null, offers, needs, List.of(), meet, Set.of());
	}

	@Test
	void aMutualWishOutweighsAnyPairWithoutOne() {
		double mutual = MatchWeights.weight(profile(ANNA, List.of(), List.of(), Set.of(BEN)), profile(BEN, List.of(), List.of(), Set.of(ANNA)));
		double oneSidedWithEverything = MatchWeights.weight(profile(ANNA, MANY, MANY, Set.of(BEN)), profile(BEN, MANY, MANY, Set.of()));
		assertThat(mutual).isGreaterThan(oneSidedWithEverything);
	}

	@Test
	void aOneSidedWishOutweighsAnyNumberOfMatchingTags() {
		double oneSided = MatchWeights.weight(profile(ANNA, List.of(), List.of(), Set.of()), profile(BEN, List.of(), List.of(), Set.of(ANNA)));
		double everyTag = MatchWeights.weight(new MatchProfile(ANNA, null, MANY, MANY, MANY, Set.of(), Set.of()),
				new MatchProfile(BEN, null, MANY, MANY, MANY, Set.of(), Set.of()));
		assertThat(oneSided).isGreaterThan(everyTag);
	}

	@Test
	void anOfferThatMeetsANeedOutweighsAnyNumberOfSharedTags() {
		double offerForNeed = MatchWeights.weight(profile(ANNA, List.of("MINT"), List.of(), Set.of()),
				profile(BEN, List.of(), List.of("MINT"), Set.of()));
		double shared = MatchWeights.weight(new MatchProfile(ANNA, null, MANY, List.of(), MANY, Set.of(), Set.of()),
				new MatchProfile(BEN, null, MANY, List.of(), MANY, Set.of(), Set.of()));
		assertThat(offerForNeed).isGreaterThan(shared);
		assertThat(shared).isGreaterThan(MatchWeights.ACQUAINTANCE);
	}

	@Test
	void offersCountForTheNeedsOfBothSidesWithoutRegardToCaseOrSpacing() {
		MatchProfile anna = profile(ANNA, List.of("Ausbildung  in Kitas", "Wasserstoff"), List.of("Fördermittel"), Set.of());
		MatchProfile ben = profile(BEN, List.of("fördermittel"), List.of("ausbildung in kitas"), Set.of());

		MatchReason reason = MatchWeights.reason(anna, ben);

		assertThat(reason.wish()).isEqualTo(MatchReason.Wish.NONE);
		assertThat(reason.offersForOther()).containsExactly("Ausbildung  in Kitas");
		assertThat(reason.offersForOne()).containsExactly("fördermittel");
		assertThat(reason.good()).isTrue();
		assertThat(MatchWeights.weight(anna, ben)).isEqualTo(MatchWeights.ACQUAINTANCE + 2 * MatchWeights.OFFER_FOR_NEED);
		assertThat(MatchWeights.reason(ben, anna)).isEqualTo(reason.seenByOther());
	}

	@Test
	void strangersWithNothingInCommonStillWeighALittleButNoGoodMeeting() {
		MatchReason reason = MatchWeights.reason(profile(ANNA, List.of("A"), List.of(), Set.of()), profile(BEN, List.of("B"), List.of(), Set.of()));
		assertThat(reason.good()).isFalse();
		assertThat(MatchWeights.weight(reason)).isEqualTo(MatchWeights.ACQUAINTANCE);
	}

	@Test
	void notMeetOnEitherSideAndOneOrganisationExcludeThePair() {
		MatchProfile wishing = profile(ANNA, List.of(), List.of(), Set.of(BEN));
		MatchProfile avoiding = new MatchProfile(BEN, null, List.of(), List.of(), List.of(), Set.of(), Set.of(ANNA));
		assertThat(MatchWeights.excluded(wishing, avoiding)).isTrue();
		assertThat(MatchWeights.excluded(avoiding, wishing)).isTrue();
		assertThat(MatchWeights.weight(wishing, avoiding)).isZero();

		MatchProfile ihk = new MatchProfile(ANNA, "IHK Berlin", List.of("MINT"), List.of(), List.of(), Set.of(BEN), Set.of());
		MatchProfile colleague = new MatchProfile(BEN, "ihk berlin", List.of(), List.of("MINT"), List.of(), Set.of(ANNA), Set.of());
		assertThat(MatchWeights.weight(ihk, colleague)).isZero();
		assertThat(MatchWeights.excluded(MatchProfile.empty(ANNA, null), MatchProfile.empty(BEN, null))).isFalse();
		assertThat(MatchWeights.excluded(MatchProfile.empty(ANNA, "IHK Berlin"), MatchProfile.empty(BEN, null))).isFalse();
		assertThat(MatchWeights.excluded(MatchProfile.empty(ANNA, null), MatchProfile.empty(BEN, "IHK Berlin"))).isFalse();
	}
}
