package org.regiolab.feedback;

/** What a station's own question asks for. */
public enum QuestionKind {

	/** One of the question's options. */
	SINGLE_CHOICE,

	/** A whole number between the question's minimum and maximum, such as 1 to 5 on the System Usability Scale. */
	SCALE
}
