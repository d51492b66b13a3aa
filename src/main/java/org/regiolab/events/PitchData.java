package org.regiolab.events;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A pitch as it is entered: who presents which project in which session, on the template
 * challenge, solution, measure (»Herausforderung, Lösung, Maßnahme«).
 * @param organisation the presenter's organisation in the registry, if it is there
 * @param organisationName the organisation as free text, for initiatives not in the registry
 */
public record PitchData(UUID session, String presenter, @Nullable UUID organisation, @Nullable String organisationName,
		String title, String challenge, String solution, String measure) {
}
