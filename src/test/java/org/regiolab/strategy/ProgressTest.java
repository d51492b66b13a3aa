package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** How far an indicator has come, whether it keeps pace with time, and how goals add their parts up. */
class ProgressTest {

	static final LocalDate BASELINE = LocalDate.of(2020, 1, 1);
	static final LocalDate TARGET = LocalDate.of(2030, 1, 1);
	/** Half of the time from baseline to target has passed. */
	static final LocalDate HALFWAY = LocalDate.of(2025, 1, 1);

	@Test
	void aMoreIsBetterIndicatorHalfwayFromBaselineToTargetHasCoveredHalfTheWay() {
		Progress progress = indicator(Direction.MORE_IS_BETTER, 100, 200).progress(new BigDecimal("150"), HALFWAY);

		assertThat(progress.share()).isCloseTo(0.5, within(1e-9));
		assertThat(progress.percent()).isEqualTo(50);
		assertThat(progress.elapsed()).isCloseTo(0.5, within(0.01));
		assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void aLessIsBetterIndicatorCountsTheWayDown() {
		Progress progress = indicator(Direction.LESS_IS_BETTER, 2400, 1200).progress(new BigDecimal("2100"), HALFWAY);

		assertThat(progress.share()).isCloseTo(0.25, within(1e-9));
		assertThat(progress.status()).isEqualTo(Status.OFF_TRACK);
	}

	@Test
	void aLessIsBetterIndicatorThatRoseHasANegativeShareShownAsZero() {
		Progress progress = indicator(Direction.LESS_IS_BETTER, 2400, 1200).progress(new BigDecimal("2700"), HALFWAY);

		assertThat(progress.rawPercent()).isEqualTo(-25);
		assertThat(progress.percent()).isZero();
		assertThat(progress.status()).isEqualTo(Status.OFF_TRACK);
	}

	@Test
	void aTargetReachedEarlyIsOnTrackWithItsRawFigureKeptAndItsBarFull() {
		Progress progress = indicator(Direction.MORE_IS_BETTER, 100, 200).progress(new BigDecimal("230"), BASELINE.plusYears(1));

		assertThat(progress.reached()).isTrue();
		assertThat(progress.rawPercent()).isEqualTo(130);
		assertThat(progress.percent()).isEqualTo(100);
		assertThat(progress.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void anIndicatorWithoutValuesHasNoProgressAndSaysSo() {
		Progress progress = indicator(Direction.MORE_IS_BETTER, 100, 200).progress(null, HALFWAY);

		assertThat(progress.share()).isNull();
		assertThat(progress.percent()).isNull();
		assertThat(progress.status()).isEqualTo(Status.NO_DATA);
	}

	@Test
	void timeBeforeTheBaselineCountsAsNoneAndAfterTheTargetAsAll() {
		Indicator indicator = indicator(Direction.MORE_IS_BETTER, 0, 10);

		assertThat(indicator.progress(BigDecimal.ZERO, BASELINE.minusYears(1)).elapsed()).isZero();
		assertThat(indicator.progress(BigDecimal.ZERO, TARGET.plusYears(1)).elapsed()).isEqualTo(1);
	}

	@Test
	void tenPointsBehindTimeIsStillOnTrackTwentyFiveAtRiskMoreOffTrack() {
		assertThat(Status.of(0.40, 0.50)).isEqualTo(Status.ON_TRACK);
		assertThat(Status.of(0.39, 0.50)).isEqualTo(Status.AT_RISK);
		assertThat(Status.of(0.25, 0.50)).isEqualTo(Status.AT_RISK);
		assertThat(Status.of(0.24, 0.50)).isEqualTo(Status.OFF_TRACK);
		assertThat(Status.of(1.00, 1.00)).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void aGoalIsTheWeightedMeanOfItsPartsWithSharesClampedToTheTarget() {
		Progress rolled = Progress.rolledUp(List.of(new Progress.Part(3, Progress.of(0.2, 0.5)),
				new Progress.Part(1, Progress.of(1.6, 0.5))));

		// 3 × 0.2 + 1 × 1.0 (clamped from 1.6), divided by 4
		assertThat(rolled.share()).isCloseTo(0.4, within(1e-9));
		assertThat(rolled.elapsed()).isCloseTo(0.5, within(1e-9));
		assertThat(rolled.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void partsWithoutValuesOrOfWeightZeroDoNotCount() {
		Progress rolled = Progress.rolledUp(List.of(new Progress.Part(1, Progress.of(0.8, 0.5)),
				new Progress.Part(0, Progress.of(0.0, 0.5)), new Progress.Part(5, Progress.NONE)));

		assertThat(rolled.share()).isCloseTo(0.8, within(1e-9));
	}

	@Test
	void aGoalWhosePartsAllWeighZeroHasNoProgress() {
		Progress rolled = Progress.rolledUp(List.of(new Progress.Part(0, Progress.of(0.8, 0.5)),
				new Progress.Part(0, Progress.of(0.1, 0.5))));

		assertThat(rolled).isEqualTo(Progress.NONE);
	}

	@Test
	void aGoalWithoutPartsHasNoProgress() {
		assertThat(Progress.rolledUp(List.of()).status()).isEqualTo(Status.NO_DATA);
	}

	private static Indicator indicator(Direction direction, int baseline, int target) {
		return new Indicator(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Betriebe", "Anzahl", direction,
				IndicatorSource.ENTERED, BigDecimal.valueOf(baseline), BASELINE, BigDecimal.valueOf(target), TARGET);
	}
}
