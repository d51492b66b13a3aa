package org.regiolab.labs;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** A lab's results in the order they happened, each with the measure it belongs to. */
public final class Timeline {

	/** A dated result of a measure. */
	public record Milestone(ResultDate date, String text, UUID measure, String measureTitle) {
	}

	private Timeline() {
	}

	/** The dated results of the measures, earliest first; undated results have no place in time. */
	public static List<Milestone> of(List<MeasureView> measures) {
		return measures.stream()
			.flatMap(measure -> measure.data().results().stream()
				.filter(result -> result.date() != null)
				.map(result -> new Milestone(result.date(), result.text(), measure.id(), measure.data().title())))
			.sorted(Comparator.comparing((Milestone milestone) -> milestone.date().date())
				.thenComparing(milestone -> milestone.date().precision()))
			.toList();
	}
}
