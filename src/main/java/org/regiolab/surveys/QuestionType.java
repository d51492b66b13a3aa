package org.regiolab.surveys;

import org.springframework.modulith.NamedInterface;

/** What a question asks for, and so how it is answered and counted. */
@NamedInterface("api")
public enum QuestionType {

	/** One option, optionally "other: …". */
	SINGLE_CHOICE,
	/** Several options, between a minimum and a maximum of picks, optionally "other: …". */
	MULTIPLE_CHOICE,
	/** Rows rated on one scale: the options are the scale's steps. */
	MATRIX,
	/** 0 to 10; the net promoter score is computed from it. */
	SCALE,
	NUMBER,
	DATE,
	SHORT_TEXT,
	LONG_TEXT,
	/** The options put in order. */
	RANKING,
	YES_NO,
	/** A document or image of the kinds the question accepts, up to its size limit. */
	FILE;

	public boolean hasOptions() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == MATRIX || this == RANKING;
	}

	public boolean isText() {
		return this == SHORT_TEXT || this == LONG_TEXT;
	}

	/** Whether its answers are counted per option, so that results can be filtered by them. */
	public boolean isChoice() {
		return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE || this == YES_NO;
	}
}
