package org.regiolab.labs;

import org.jspecify.annotations.Nullable;

/**
 * A measure that worked, told for others who face the same problem: the transfer concept's
 * »small solutions tried in a lab, then spread through the network«.
 */
public record SolutionData(String problem, String approach, @Nullable String requirements, @Nullable String results,
		String contact) {
}
