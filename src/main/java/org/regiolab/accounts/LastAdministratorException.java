package org.regiolab.accounts;

/** The change would leave the installation without an active administrator, or lock out oneself. */
public class LastAdministratorException extends RuntimeException {

	LastAdministratorException() {
		super("At least one active administrator must remain, and administrators cannot demote or disable themselves");
	}
}
