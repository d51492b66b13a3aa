package org.regiolab.strategy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.charts.LineChart;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** An indicator's values over time: the chart from the baseline on, the values for the table, and where it stands. */
@Component
class IndicatorTrend {

	/**
	 * @param chart the SVG, to be shown unescaped beside the table of {@code values}
	 * @param values the values entered, the earliest first
	 * @param latest the latest of them, or {@code null}
	 */
	record Trend(String chart, List<IndicatorValue> values, @Nullable IndicatorValue latest, Progress progress) {
	}

	private final Indicators indicators;
	private final MessageSource messages;
	private final Clock clock;

	IndicatorTrend(Indicators indicators, MessageSource messages, Clock clock) {
		this.indicators = indicators;
		this.messages = messages;
		this.clock = clock;
	}

	Trend of(Indicator indicator, Locale locale) {
		List<IndicatorValue> values = indicators.values(indicator.id());
		IndicatorValue latest = values.isEmpty() ? null : values.get(values.size() - 1);
		List<LineChart.Point> points = new ArrayList<>();
		points.add(new LineChart.Point(indicator.baselineOn(), indicator.baselineValue().doubleValue()));
		values.forEach(value -> points.add(new LineChart.Point(value.measuredOn(), value.value().doubleValue())));
		String title = messages.getMessage("strategy.trend.chart", new Object[] { indicator.name() }, locale);
		String chart = LineChart.of("indicator-trend", title, points).toSvg();
		return new Trend(chart, values, latest,
				indicator.progress(latest == null ? null : latest.value(), LocalDate.now(clock)));
	}
}
