package org.regiolab.events;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A registration or check-in the event does not take now: registration has not opened or has
 * closed, the event is for members only, or the person holds no seat. The API answers it as a
 * problem detail (403 for members only, 409 otherwise) with the reason; pages say why in words.
 */
public class RegistrationRefusedException extends ErrorResponseException {

	/** Why; each has a message in the bundles under {@code registration.refused.}. */
	public enum Reason {
		NOT_YET_OPEN, CLOSED, MEMBERS_ONLY, NOT_CONFIRMED
	}

	private final Reason reason;

	public RegistrationRefusedException(Reason reason) {
		super(reason == Reason.MEMBERS_ONLY ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT, problem(reason), null);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}

	/** The detail in the caller's language, from the bundles. */
	@Override
	public String getDetailMessageCode() {
		return "registration.refused." + reason.name();
	}

	private static ProblemDetail problem(Reason reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				reason == Reason.MEMBERS_ONLY ? HttpStatus.FORBIDDEN : HttpStatus.CONFLICT, switch (reason) {
					case NOT_YET_OPEN -> "Registration for this event has not opened yet.";
					case CLOSED -> "Registration for this event has closed.";
					case MEMBERS_ONLY -> "This event is for signed-in members only.";
					case NOT_CONFIRMED -> "Only a confirmed registration can be checked in.";
				});
		problem.setProperty("reason", reason.name());
		return problem;
	}
}
