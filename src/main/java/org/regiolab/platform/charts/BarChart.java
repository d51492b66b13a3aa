package org.regiolab.platform.charts;

import java.util.List;
import java.util.Objects;

/**
 * Horizontal bars, one per category: the label on the left (wrapped onto two lines, then cut with an
 * ellipsis, the whole label as the row's tooltip), the bar, and the caller's figure right of it. The
 * SVG is 600 units wide and scales to its container; show the same figures in a table beside it.
 * An example is in docs/architecture.md, section Charts (Spring Modulith's documentation reads this
 * comment as JSON and stumbles over quoted code).
 */
public final class BarChart {

	/**
	 * One bar. A negative or non-finite value draws no bar; {@code valueText} is shown as given.
	 */
	public record Bar(String label, double value, String valueText) {

		public Bar {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(valueText, "valueText");
		}
	}

	private static final int WIDTH = 600;
	private static final int LABEL_WIDTH = 190;
	private static final int GAP = 8;
	private static final int MAX_VALUE_WIDTH = 160;
	private static final int BAR_HEIGHT = 20;
	private static final int ROW_PADDING = 12;

	private final Frame frame;
	private final List<Bar> bars;

	private BarChart(Frame frame, List<Bar> bars) {
		this.frame = frame;
		this.bars = List.copyOf(bars);
	}

	/** A chart of {@code bars}, named by {@code title}; see the package for what {@code id} must be. */
	public static BarChart of(String id, String title, List<Bar> bars) {
		return new BarChart(Frame.of(id, title), bars);
	}

	/** The value of a full bar, for a scale fixed by the caller (a share out of 100); values above it fill the bar. */
	public BarChart withMaximum(double maximum) {
		return new BarChart(frame.withMaximum(maximum), bars);
	}

	/** What the SVG says when there are no bars (else it stays blank but for its title). */
	public BarChart whenEmpty(String text) {
		return new BarChart(frame.whenEmpty(text), bars);
	}

	/** The chart as one {@code <svg>} element, to be inserted unescaped ({@code th:utext}). */
	public String toSvg() {
		if (bars.isEmpty()) {
			return frame.empty();
		}
		List<List<String>> labels = bars.stream().map(bar -> Labels.wrap(bar.label(), LABEL_WIDTH, 2)).toList();
		int lines = labels.stream().mapToInt(List::size).max().orElse(1);
		int rowHeight = Math.max(1, lines) * Svg.LINE_HEIGHT + ROW_PADDING;
		double valueWidth = Math.min(MAX_VALUE_WIDTH,
				bars.stream().mapToDouble(bar -> Labels.width(bar.valueText(), Svg.FONT_SIZE)).max().orElse(0));
		double barsFrom = LABEL_WIDTH + GAP;
		double fullBar = WIDTH - barsFrom - GAP - valueWidth;
		Scale scale = frame.scale(bars.stream().mapToDouble(Bar::value));

		Svg svg = frame.svg(WIDTH, bars.size() * rowHeight);
		for (int i = 0; i < bars.size(); i++) {
			Bar bar = bars.get(i);
			double middle = i * rowHeight + rowHeight / 2.0;
			double length = scale.fraction(bar.value()) * fullBar;
			List<String> label = labels.get(i);
			svg.group(bar.label())
				.lines(0, middle - (label.size() - 1) * Svg.LINE_HEIGHT / 2.0 + Svg.MIDDLE_TO_BASELINE, "start", label)
				.rect(barsFrom, middle - BAR_HEIGHT / 2.0, length, BAR_HEIGHT, Svg.BAR)
				.text(barsFrom + length + GAP, middle + Svg.MIDDLE_TO_BASELINE, "start",
						Labels.ellipsized(bar.valueText(), MAX_VALUE_WIDTH))
				.endGroup();
		}
		return svg.line(barsFrom, 0, barsFrom, bars.size() * rowHeight, Svg.AXIS).end();
	}
}
