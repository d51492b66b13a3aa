package org.regiolab.strategy;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * How far an indicator or a goal has come.
 * @param share the share of the way from baseline to target, unclamped: below 0 when it went the wrong
 *        way, above 1 beyond the target; {@code null} without a value yet
 * @param elapsed the share of the time from baseline date to target date that has passed, 0 to 1
 * @param status the share judged against the time, see {@link Status}
 */
record Progress(@Nullable Double share, @Nullable Double elapsed, Status status) {

	static final Progress NONE = new Progress(null, null, Status.NO_DATA);

	/** A part of a roll-up: a sub-goal with its weight, or an indicator with weight 1. */
	record Part(double weight, Progress progress) {
	}

	static Progress of(double share, double elapsed) {
		return new Progress(share, elapsed, Status.of(share, elapsed));
	}

	/**
	 * A goal's progress as the weighted mean of its parts' clamped shares (so one indicator far beyond
	 * its target does not make up for another behind), and its time as the weighted mean of theirs.
	 * Parts without a value and parts of weight 0 do not count; without any that count, there is none.
	 */
	static Progress rolledUp(List<Part> parts) {
		double weights = 0;
		double share = 0;
		double elapsed = 0;
		for (Part part : parts) {
			Progress progress = part.progress();
			if (part.weight() > 0 && progress.share() != null && progress.elapsed() != null) {
				weights += part.weight();
				share += part.weight() * progress.shown();
				elapsed += part.weight() * progress.elapsed();
			}
		}
		return weights == 0 ? NONE : of(share / weights, elapsed / weights);
	}

	/** The share as shown: from 0 to 1. */
	public @Nullable Double shown() {
		return share == null ? null : Math.max(0, Math.min(1, share));
	}

	/** The shown share in whole percent, 0 to 100, for bars and tables. */
	@JsonProperty
	public @Nullable Long percent() {
		return share == null ? null : Math.round(shown() * 100);
	}

	/** The unclamped share in whole percent, e.g. 130 or -20. */
	public @Nullable Long rawPercent() {
		return share == null ? null : Math.round(share * 100);
	}

	/** The time passed in whole percent. */
	public @Nullable Long elapsedPercent() {
		return elapsed == null ? null : Math.round(elapsed * 100);
	}

	@JsonProperty
	public boolean reached() {
		return share != null && share >= 1;
	}
}
