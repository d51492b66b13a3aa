package org.regiolab.labs;

/** Where a funding programme's money comes from. */
public enum Fund {
	/** Europäischer Sozialfonds. */
	ESF,
	/** Europäischer Fonds für regionale Entwicklung. */
	EFRE,
	NATIONAL, STATE, MUNICIPAL, OTHER
}
