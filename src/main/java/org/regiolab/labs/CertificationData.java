package org.regiolab.labs;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A certification a lab holds, such as Fairtrade-Town: awarded on a day, valid for some months,
 * then due for renewal, with the criteria it was awarded for.
 */
public record CertificationData(String name, LocalDate awardedOn, int validityMonths, List<Criterion> criteria) {

	public CertificationData {
		criteria = List.copyOf(criteria);
	}

	/** The day the certification must be renewed by. */
	public LocalDate renewsOn() {
		return awardedOn.plusMonths(validityMonths);
	}

	/** A criterion, whether it is met, and the evidence (»17 Akteure in der Steuerungsgruppe statt 3«). */
	public record Criterion(String text, boolean met, @Nullable String evidence) {
	}
}
