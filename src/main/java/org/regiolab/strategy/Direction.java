package org.regiolab.strategy;

/** Which way an indicator should move: up (organisations reached) or down (vacant shops). */
enum Direction {
	MORE_IS_BETTER, LESS_IS_BETTER;

	/** How far {@code to} lies from {@code from} in the good direction; negative when it went the wrong way. */
	double gain(double from, double to) {
		return this == MORE_IS_BETTER ? to - from : from - to;
	}
}
