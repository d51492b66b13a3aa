package org.regiolab.platform.charts;

import java.util.stream.DoubleStream;

/**
 * Maps values onto 0..1 of a chart's length. The top is the caller's maximum if it is a positive
 * number, else the largest value; with nothing above zero every value maps to 0, so a chart of
 * zeros draws empty bars instead of dividing by zero.
 */
record Scale(double top) {

	static Scale of(double maximum, DoubleStream values) {
		if (maximum > 0 && Double.isFinite(maximum)) {
			return new Scale(maximum);
		}
		return new Scale(values.filter(Double::isFinite).max().orElse(0));
	}

	/** The share of the length {@code value} takes: 0 for negative and non-finite values, at most 1. */
	double fraction(double value) {
		if (!(top > 0) || !Double.isFinite(value) || value <= 0) {
			return 0;
		}
		return Math.min(1, value / top);
	}
}
