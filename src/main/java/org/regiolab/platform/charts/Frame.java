package org.regiolab.platform.charts;

import java.util.Objects;
import java.util.stream.DoubleStream;

/** What every chart has besides its data: the id, the title, the caller's maximum and what to say without data. */
record Frame(String id, String title, double maximum, String emptyText) {

	Frame {
		Svg.checkedId(id);
		Objects.requireNonNull(title, "title");
	}

	static Frame of(String id, String title) {
		return new Frame(id, title, Double.NaN, null);
	}

	Frame withMaximum(double maximum) {
		return new Frame(id, title, maximum, emptyText);
	}

	Frame whenEmpty(String text) {
		return new Frame(id, title, maximum, text);
	}

	Svg svg(int width, int height) {
		return new Svg(id, title, width, height);
	}

	/** An SVG that shows only the text for no data, or nothing if there is none. */
	String empty() {
		Svg svg = svg(600, Svg.LINE_HEIGHT * 2);
		if (emptyText != null) {
			svg.text(0, Svg.LINE_HEIGHT + Svg.MIDDLE_TO_BASELINE, "start", emptyText);
		}
		return svg.end();
	}

	Scale scale(DoubleStream values) {
		return Scale.of(maximum, values);
	}
}
