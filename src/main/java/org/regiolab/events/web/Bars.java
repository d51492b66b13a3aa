package org.regiolab.events.web;

import java.util.List;
import java.util.Map;

/** A bar of a chart drawn as a table: the count in its own column, the bar repeats it for the eye. */
record Bars(String key, int count, int percent) {

	static List<Bars> of(Map<String, Integer> counts) {
		int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(1);
		return counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map(entry -> new Bars(entry.getKey(), entry.getValue(), Math.round(100f * entry.getValue() / most)))
			.toList();
	}
}
