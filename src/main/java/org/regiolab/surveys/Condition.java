package org.regiolab.surveys;

import org.springframework.modulith.NamedInterface;

/**
 * Shows a question or a page only if an earlier answer fits.
 * @param question the key of an earlier question
 * @param value for choices the option's number (0 for the first), for yes/no {@code "true"} or
 *        {@code "false"}, for scales and numbers a number
 */
@NamedInterface("api")
public record Condition(String question, Operator operator, String value) {

	public Condition {
		value = Plain.text(value);
	}

	@NamedInterface("api")
	public enum Operator {
		/** The answer is the value (a single choice, yes/no, a number). */
		IS,
		/** A multiple choice includes the option, or a text contains the value. */
		CONTAINS,
		/** A scale or number is at least the value. */
		AT_LEAST
	}
}
