package org.regiolab.network;

import org.regiolab.platform.InvalidInputException;

/** A sector code or region key that the reference data does not know. */
public class InvalidReferenceException extends InvalidInputException {

	InvalidReferenceException(String field, String value) {
		super(field, "network." + field + ".unknown", "Unknown " + field + ": " + value);
	}
}
