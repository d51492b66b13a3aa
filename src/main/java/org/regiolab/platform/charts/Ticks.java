package org.regiolab.platform.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * The values of a y axis's gridlines: from 0 in steps of 1, 2, 2.5 or 5 times a power of ten, four
 * or five of them. The axis ends at the caller's maximum if it is a positive number, else at the
 * first step at or above the largest value (at 1 when nothing is above zero).
 */
record Ticks(double top, List<Double> values) {

	private static final int STEPS = 4;

	static Ticks of(double maximum, double largest) {
		if (maximum > 0 && Double.isFinite(maximum)) {
			return steps(maximum, step(maximum));
		}
		if (!(largest > 0) || !Double.isFinite(largest)) {
			return steps(1, 1);
		}
		double step = step(largest);
		return steps(Math.ceil(largest / step - 1e-9) * step, step);
	}

	private static Ticks steps(double top, double step) {
		List<Double> values = new ArrayList<>();
		for (int i = 0; i * step <= top * (1 + 1e-9); i++) {
			values.add(i * step);
		}
		return new Ticks(top, List.copyOf(values));
	}

	private static double step(double range) {
		double rough = range / STEPS;
		double power = Math.pow(10, Math.floor(Math.log10(rough)));
		double fraction = rough / power;
		double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10;
		return nice * power;
	}
}
