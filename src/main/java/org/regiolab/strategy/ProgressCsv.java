package org.regiolab.strategy;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.CsvExport;
import org.regiolab.platform.Slug;
import org.regiolab.strategy.PlanProgress.GoalProgress;
import org.regiolab.strategy.PlanProgress.IndicatorProgress;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** A plan's indicators with their progress as a CSV download, one row per indicator, in the goal tree's order. */
@Component
class ProgressCsv {

	private static final List<String> HEADINGS = List.of("goal", "indicator", "unit", "direction", "baseline", "baselineOn",
			"target", "targetOn", "latest", "latestOn", "percent", "rawPercent", "elapsed", "status");

	private final MessageSource messages;

	ProgressCsv(MessageSource messages) {
		this.messages = messages;
	}

	ResponseEntity<StreamingResponseBody> of(PlanProgress progress, Locale locale) {
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		NumberFormat numbers = NumberFormat.getNumberInstance(locale);
		numbers.setGroupingUsed(false);
		numbers.setMaximumFractionDigits(4);
		DateTimeFormatter dates = DateTimeFormatter.ofPattern(texts.getMessage("strategy.date.format"), locale);
		List<List<?>> rows = new ArrayList<>();
		progress.forEachGoal(goal -> goal.indicators().forEach(indicator -> rows.add(row(goal, indicator, texts, numbers, dates))));
		return CsvExport.<List<?>>of(Slug.of(progress.plan().title(), 60) + "-indikatoren.csv",
				HEADINGS.stream().map(heading -> texts.getMessage("strategy.csv." + heading)).toList(), rows::forEach,
				row -> row);
	}

	private static List<?> row(GoalProgress goal, IndicatorProgress measured, MessageSourceAccessor texts, NumberFormat numbers,
			DateTimeFormatter dates) {
		Indicator indicator = measured.indicator();
		Progress progress = measured.progress();
		IndicatorValue latest = measured.latest();
		return List.of(goal.goal().title(), indicator.name(), text(indicator.unit()),
				texts.getMessage("strategy.direction." + indicator.direction()), number(indicator.baselineValue(), numbers),
				indicator.baselineOn().format(dates), number(indicator.targetValue(), numbers), indicator.targetOn().format(dates),
				latest == null ? "" : number(latest.value(), numbers), latest == null ? "" : latest.measuredOn().format(dates),
				text(progress.percent()), text(progress.rawPercent()),
				text(progress.elapsedPercent()),
				texts.getMessage("strategy.status." + progress.status()));
	}

	private static String number(BigDecimal value, NumberFormat numbers) {
		return numbers.format(value);
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}
}
