package org.regiolab.platform.charts;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A time series, such as answers per day or the response rate so far: a line through the days'
 * values (with a marker per day while there is room), the y axis from 0 with four or five
 * gridlines labelled in German number format, and up to six days labelled {@code dd.MM.} below, or
 * {@code MM.yyyy} when the series spans more than a year (an indicator's values over a plan's years).
 * Days are placed by date, so a day without a point leaves a gap. 600 × 300 units; it scales to its
 * container. Show the same figures in a table beside it.
 */
public final class LineChart {

	/** One day's value. Non-finite values are left out; negative ones are drawn at 0. */
	public record Point(LocalDate day, double value) {

		public Point {
			Objects.requireNonNull(day, "day");
		}
	}

	private static final int WIDTH = 600;
	private static final int HEIGHT = 300;
	private static final int TOP = 12;
	private static final int RIGHT = 24;
	private static final int BOTTOM = 30;
	private static final int GAP = 8;
	private static final int MARKER = 6;
	private static final int DATE_LABELS = 6;
	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.", Locale.GERMAN);
	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MM.yyyy", Locale.GERMAN);
	private static final int DAYS_LABELLED_BY_DAY = 366;

	private final Frame frame;
	private final List<Point> points;
	private final NumberFormat axisFormat;

	private LineChart(Frame frame, List<Point> points, NumberFormat axisFormat) {
		this.frame = frame;
		this.points = points.stream().filter(point -> Double.isFinite(point.value()))
			.sorted(Comparator.comparing(Point::day)).toList();
		this.axisFormat = (NumberFormat) axisFormat.clone();
	}

	/** A chart of {@code points}, named by {@code title}; see the package for what {@code id} must be. */
	public static LineChart of(String id, String title, List<Point> points) {
		return new LineChart(Frame.of(id, title), points, NumberFormat.getNumberInstance(Locale.GERMAN));
	}

	/** The top of the y axis, for a scale fixed by the caller (1 for a rate); values above it are drawn at the top. */
	public LineChart withMaximum(double maximum) {
		return new LineChart(frame.withMaximum(maximum), points, axisFormat);
	}

	/** What the SVG says when there are no points (else it stays blank but for its title). */
	public LineChart whenEmpty(String text) {
		return new LineChart(frame.whenEmpty(text), points, axisFormat);
	}

	/** How the y axis writes its values; German numbers ({@code 1.234,5}) unless given. The format is copied. */
	public LineChart withAxisFormat(NumberFormat format) {
		return new LineChart(frame, points, format);
	}

	/** The chart as one {@code <svg>} element, to be inserted unescaped ({@code th:utext}). */
	public String toSvg() {
		if (points.isEmpty()) {
			return frame.empty();
		}
		Ticks ticks = Ticks.of(frame.maximum(), points.stream().mapToDouble(Point::value).max().orElse(0));
		NumberFormat format = (NumberFormat) axisFormat.clone();
		List<String> tickLabels = ticks.values().stream().map(format::format).toList();
		double left = tickLabels.stream().mapToDouble(label -> Labels.width(label, Svg.FONT_SIZE)).max().orElse(0) + 2 * GAP;
		double bottom = HEIGHT - BOTTOM;
		double plotWidth = WIDTH - left - RIGHT;
		Scale scale = new Scale(ticks.top());
		LocalDate first = points.get(0).day();
		long days = ChronoUnit.DAYS.between(first, points.get(points.size() - 1).day());

		Svg svg = frame.svg(WIDTH, HEIGHT);
		for (int i = 0; i < tickLabels.size(); i++) {
			double y = bottom - scale.fraction(ticks.values().get(i)) * (bottom - TOP);
			svg.line(left, y, WIDTH - RIGHT, y, i == 0 ? Svg.AXIS : Svg.GRID)
				.text(left - GAP, y + Svg.MIDDLE_TO_BASELINE, "end", tickLabels.get(i));
		}
		long step = Math.max(1, (days + DATE_LABELS - 2) / (DATE_LABELS - 1));
		DateTimeFormatter label = days > DAYS_LABELLED_BY_DAY ? MONTH : DAY;
		for (long day = 0; day <= days; day += step) {
			svg.text(x(day, days, left, plotWidth), bottom + Svg.LINE_HEIGHT + 2, "middle", first.plusDays(day).format(label));
		}
		double[] line = new double[points.size() * 2];
		for (int i = 0; i < points.size(); i++) {
			Point point = points.get(i);
			line[2 * i] = x(ChronoUnit.DAYS.between(first, point.day()), days, left, plotWidth);
			line[2 * i + 1] = bottom - scale.fraction(point.value()) * (bottom - TOP);
		}
		svg.polyline(line, Svg.BAR);
		if (days == 0 || plotWidth / days >= 2 * MARKER) {
			for (int i = 0; i < line.length; i += 2) {
				svg.rect(line[i] - MARKER / 2.0, line[i + 1] - MARKER / 2.0, MARKER, MARKER, Svg.BAR);
			}
		}
		return svg.end();
	}

	private static double x(long day, long days, double left, double plotWidth) {
		return left + (days == 0 ? plotWidth / 2 : plotWidth * day / days);
	}
}
