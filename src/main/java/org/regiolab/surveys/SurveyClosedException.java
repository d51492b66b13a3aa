package org.regiolab.surveys;

import org.springframework.modulith.NamedInterface;

/** The survey takes no answers today: not yet open, or closed. */
@NamedInterface("api")
public class SurveyClosedException extends RuntimeException {

	public SurveyClosedException() {
		super("The survey takes no answers today");
	}
}
