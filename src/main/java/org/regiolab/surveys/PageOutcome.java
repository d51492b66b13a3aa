package org.regiolab.surveys;

import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * What saving a page of answers came to.
 * @param page the page to show next (the same one again if there are errors)
 * @param errors the message key of what is wrong, by question key
 */
@NamedInterface("api")
public record PageOutcome(Status status, int page, Map<String, String> errors) {

	@NamedInterface("api")
	public enum Status {
		/** Saved; the next page follows. */
		NEXT,
		/** Not saved: answers on the page need correcting. */
		INVALID,
		/** The last page was saved and the response submitted. */
		SUBMITTED,
		/** The link was used for a response before; nothing was changed. */
		ALREADY_ANSWERED,
		/** The survey is not open; what was answered so far is kept. */
		CLOSED
	}

	public PageOutcome {
		errors = Map.copyOf(errors);
	}

	static PageOutcome of(Status status, int page) {
		return new PageOutcome(status, page, Map.of());
	}
}
