package org.regiolab.accounts;

/** An account with this email exists already. */
public class EmailAlreadyUsedException extends RuntimeException {

	EmailAlreadyUsedException(String email) {
		super("An account for " + email + " exists already");
	}
}
