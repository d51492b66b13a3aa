package org.regiolab.surveys;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.SurveyResult.ResultFigures;

/** Mean, median and range of a 0–10 scale, from how often each step was chosen: no second pass over the answers. */
final class ScaleFigures {

	private ScaleFigures() {
	}

	static @Nullable ResultFigures of(Map<Integer, Long> steps) {
		TreeMap<Integer, Long> chosen = new TreeMap<>();
		steps.forEach((step, count) -> {
			if (count > 0) {
				chosen.put(step, count);
			}
		});
		long total = chosen.values().stream().mapToLong(Long::longValue).sum();
		if (total == 0) {
			return null;
		}
		double sum = chosen.entrySet().stream().mapToDouble(step -> step.getKey() * (double) step.getValue()).sum();
		return new ResultFigures(sum / total, median(chosen, total), BigDecimal.valueOf(chosen.firstKey()),
				BigDecimal.valueOf(chosen.lastKey()));
	}

	// as percentile_cont(0.5): the middle answer, or the mean of the two middle ones
	private static double median(TreeMap<Integer, Long> chosen, long total) {
		return (nth(chosen, (total - 1) / 2) + nth(chosen, total / 2)) / 2.0;
	}

	private static int nth(TreeMap<Integer, Long> chosen, long index) {
		long seen = 0;
		for (Map.Entry<Integer, Long> step : chosen.entrySet()) {
			seen += step.getValue();
			if (index < seen) {
				return step.getKey();
			}
		}
		return chosen.lastKey();
	}
}
