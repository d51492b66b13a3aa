package org.regiolab.feedback;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.PrintedNotice;

/**
 * What a company learns at the end of a themed world: the figures of each of its stations and, for
 * more than one, of all of them together, with the lab's and the funders' notices.
 * @param overall all the company's stations together, none for a single station
 */
public record CompanyReport(ThemedWorld world, String company, List<StationReport> stations,
		@Nullable FeedbackSummary overall, @Nullable String reportNotice, List<PrintedNotice> fundings) {

	/** One station's figures. */
	public record StationReport(Station station, FeedbackSummary summary) {
	}
}
