package org.regiolab.platform.charts;

import java.util.List;
import java.util.Objects;

/**
 * Vertical columns for a distribution, such as the answers 0 to 10 of a scale: the caller's figure
 * above each column, the label below (wrapped onto two lines, then cut with an ellipsis, the whole
 * label as tooltip). At least 600 units wide and 64 per column, room for »12 (10,0 %)« on two lines;
 * it scales to its container. Show the same figures in a table beside it.
 */
public final class Histogram {

	/** One column. A negative or non-finite value draws no column; {@code valueText} is shown as given. */
	public record Column(String label, double value, String valueText) {

		public Column {
			Objects.requireNonNull(label, "label");
			Objects.requireNonNull(valueText, "valueText");
		}
	}

	private static final int MIN_WIDTH = 600;
	private static final int MIN_SLOT = 64;
	private static final int MAX_COLUMN_WIDTH = 64;
	private static final int PLOT_HEIGHT = 180;
	private static final int GAP = 6;

	private final Frame frame;
	private final List<Column> columns;

	private Histogram(Frame frame, List<Column> columns) {
		this.frame = frame;
		this.columns = List.copyOf(columns);
	}

	/** A chart of {@code columns}, named by {@code title}; see the package for what {@code id} must be. */
	public static Histogram of(String id, String title, List<Column> columns) {
		return new Histogram(Frame.of(id, title), columns);
	}

	/** The value of a full column, for a scale fixed by the caller; values above it fill the column. */
	public Histogram withMaximum(double maximum) {
		return new Histogram(frame.withMaximum(maximum), columns);
	}

	/** What the SVG says when there are no columns (else it stays blank but for its title). */
	public Histogram whenEmpty(String text) {
		return new Histogram(frame.whenEmpty(text), columns);
	}

	/** The chart as one {@code <svg>} element, to be inserted unescaped ({@code th:utext}). */
	public String toSvg() {
		if (columns.isEmpty()) {
			return frame.empty();
		}
		int width = Math.max(MIN_WIDTH, columns.size() * MIN_SLOT);
		double slot = (double) width / columns.size();
		double columnWidth = Math.min(MAX_COLUMN_WIDTH, slot * 0.7);
		double textWidth = slot - 2;
		List<List<String>> values = columns.stream().map(column -> Labels.wrap(column.valueText(), textWidth, 2)).toList();
		List<List<String>> labels = columns.stream().map(column -> Labels.wrap(column.label(), textWidth, 2)).toList();
		double baseline = mostLines(values) * Svg.LINE_HEIGHT + GAP + PLOT_HEIGHT;
		int height = (int) Math.ceil(baseline + mostLines(labels) * Svg.LINE_HEIGHT + GAP);
		Scale scale = frame.scale(columns.stream().mapToDouble(Column::value));

		Svg svg = frame.svg(width, height);
		for (int i = 0; i < columns.size(); i++) {
			Column column = columns.get(i);
			double centre = (i + 0.5) * slot;
			double top = baseline - scale.fraction(column.value()) * PLOT_HEIGHT;
			List<String> value = values.get(i);
			svg.group(column.label())
				.rect(centre - columnWidth / 2, top, columnWidth, baseline - top, Svg.BAR)
				.lines(centre, top - GAP - (value.size() - 1) * Svg.LINE_HEIGHT, "middle", value)
				.lines(centre, baseline + Svg.LINE_HEIGHT, "middle", labels.get(i))
				.endGroup();
		}
		return svg.line(0, baseline, width, baseline, Svg.AXIS).end();
	}

	private static int mostLines(List<List<String>> texts) {
		return Math.max(1, texts.stream().mapToInt(List::size).max().orElse(1));
	}
}
