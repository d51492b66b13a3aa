package org.regiolab.accounts;

import org.springframework.modulith.NamedInterface;

/** An account with this email exists already. */
@NamedInterface("api")
public class EmailAlreadyUsedException extends RuntimeException {

	EmailAlreadyUsedException(String email) {
		super("An account for " + email + " exists already");
	}
}
