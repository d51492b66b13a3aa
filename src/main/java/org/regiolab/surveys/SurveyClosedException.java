package org.regiolab.surveys;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The survey takes no answers today: not yet open, or closed. */
@NamedInterface("api")
@ResponseStatus(HttpStatus.CONFLICT)
public class SurveyClosedException extends RuntimeException {

	public SurveyClosedException() {
		super("The survey takes no answers today");
	}
}
