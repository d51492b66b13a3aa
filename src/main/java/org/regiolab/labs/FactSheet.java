package org.regiolab.labs;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A lab's or a single measure's fact sheet as the exports lay it out, laid out like the seed's tables.
 * Every text arrives formatted in the reader's language (dates as 26.11.2021, amounts as 12.500 €);
 * {@link FactSheetPdf} and {@link FactSheetDocx} only lay it out.
 */
public record FactSheet(
		String title, // "Reallabor »Hybride Formen des Handels«", for one measure "Maßnahme »HalloBot – Onlineplattform …«"
		String labName,
		String labKind, // already a label, e.g. "Reallabor"
		@Nullable String allianceName,
		@Nullable String background, // the lab's "Hintergrund und Zielsetzung", paragraphs apart by a blank line; null for a single measure
		@Nullable String phase,
		List<OverviewRow> overview, // the table "Reallabor | Maßnahme(n) | Megatrend/SDG"
		List<Measure> measures,
		List<FundingNotice> notices, // one per funding programme involved, shown at the foot
		String issuedOn) { // "22.11.2026"

	/** One line of the overview: a measure and its tags, e.g. "MT »Faires Handeln«", "SDG 11 »Nachhaltige Städte und Gemeinden«". */
	public record OverviewRow(String measure, List<String> tags) {
	}

	/** One measure's fact sheet: one row per field, in the seed's order. Lists may be empty. */
	public record Measure(String title, List<String> activities, @Nullable String coordination, List<String> financing,
			List<String> actors, List<String> targetGroups, List<String> addedValue, List<Result> results,
			@Nullable String outlook, List<String> megatrends, List<String> sdgs) {
	}

	/** A result, with its date already formatted ("26.11.2021", "August 2021", "2022") or null. */
	public record Result(@Nullable String date, String text) {
	}

	/** The publicity notice a funding programme requires, with its optional logo (PNG or JPEG bytes). */
	public record FundingNotice(String programme, String notice, byte @Nullable [] logo, @Nullable String logoMediaType) {
	}
}
