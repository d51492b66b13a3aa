package org.regiolab.strategy;

/**
 * Whether progress keeps pace with time: the share of the way from baseline to target against the
 * share of the time from baseline date to target date that has passed. The thresholds stand here and
 * nowhere else; decision 21 explains them.
 */
enum Status {
	ON_TRACK, AT_RISK, OFF_TRACK, NO_DATA;

	/** Progress may lag the time elapsed by up to 10 percentage points and still be on track. */
	static final double ON_TRACK_LAG = 0.10;

	/** Up to 25 points behind it is at risk; further behind it is off track. */
	static final double AT_RISK_LAG = 0.25;

	/**
	 * @param share the share of the way covered, unclamped (1 = target reached)
	 * @param elapsed the share of the time passed, from 0 to 1
	 */
	static Status of(double share, double elapsed) {
		if (share >= 1 || share >= elapsed - ON_TRACK_LAG) {
			return ON_TRACK;
		}
		return share >= elapsed - AT_RISK_LAG ? AT_RISK : OFF_TRACK;
	}
}
