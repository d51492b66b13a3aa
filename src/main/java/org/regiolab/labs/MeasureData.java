package org.regiolab.labs;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A measure as its fact sheet describes it, in the seed's order of fields. List fields hold one
 * entry per bullet of the sheet; megatrends are codes, SDGs numbers 1–17. Financing is told by the
 * funding programmes and by notes (»Überwiegend Bottrop2018+, später geteilte Ressourcen«).
 */
public record MeasureData(String title, List<String> activities, @Nullable String coordination,
		List<String> financing, List<Actor> actors, List<String> targetGroups, List<String> addedValue,
		List<Result> results, @Nullable String outlook, List<String> megatrends, List<Integer> sdgs,
		List<Funding> funding) {

	/** The longest title, and the longest entry of a list field or single text field. */
	public static final int MAX_TITLE = 300;
	public static final int MAX_ENTRY = 2000;
	public static final int MAX_OUTLOOK = 10000;
	/** How many entries a list field takes. */
	public static final int MAX_ENTRIES = 50;

	public MeasureData {
		activities = List.copyOf(activities);
		financing = List.copyOf(financing);
		actors = List.copyOf(actors);
		targetGroups = List.copyOf(targetGroups);
		addedValue = List.copyOf(addedValue);
		results = List.copyOf(results);
		megatrends = List.copyOf(megatrends);
		sdgs = List.copyOf(sdgs);
		funding = List.copyOf(funding);
	}

	/** An involved actor: an organisation of the registry, a free text, or an organisation with a note. */
	public record Actor(@Nullable UUID organisation, @Nullable String name) {
	}

	/** A result with the date it happened, if known. */
	public record Result(String text, @Nullable ResultDate date) {
	}

	/** A funding programme that pays for the measure, with the budget it gives, if known. */
	public record Funding(UUID programme, @Nullable BigDecimal budget) {
	}
}
