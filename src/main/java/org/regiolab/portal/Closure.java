package org.regiolab.portal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Days on which a business is closed although its hours say otherwise: holidays of the business,
 * a renovation, a family celebration.
 * @param from the first closed day
 * @param to the last closed day (the same as {@code from} for one day)
 * @param note what the visitor reads, e.g. "Betriebsferien"
 */
public record Closure(@NotNull LocalDate from, @NotNull LocalDate to, @Nullable @Size(max = 200) String note) {

	public boolean covers(LocalDate day) {
		return !day.isBefore(from) && !day.isAfter(to);
	}
}
