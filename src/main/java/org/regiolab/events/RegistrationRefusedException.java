package org.regiolab.events;

/**
 * A registration the event does not take now: registration has not opened or has closed, or the
 * event is for members only. The API answers 409 (403 for members only), the page says why.
 */
public class RegistrationRefusedException extends RuntimeException {

	/** Why a registration was refused; each has a message in the bundles under {@code registration.refused.}. */
	public enum Reason {
		NOT_YET_OPEN, CLOSED, MEMBERS_ONLY, NOT_CONFIRMED
	}

	private final Reason reason;

	public RegistrationRefusedException(Reason reason) {
		super("Registration refused: " + reason);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
