package org.regiolab.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Counts every wrong password, from the form and the API, for {@link LoginThrottle}. */
@Component
class LoginFailureRecorder {

	private final LoginThrottle throttle;

	LoginFailureRecorder(LoginThrottle throttle) {
		this.throttle = throttle;
	}

	@EventListener
	void on(AuthenticationFailureBadCredentialsEvent event) {
		String address = event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : "unknown";
		throttle.recordFailure(event.getAuthentication().getName(), address);
	}
}
