package org.regiolab.events.web;

import org.regiolab.accounts.Roles;
import org.regiolab.events.Caller;

import org.springframework.security.core.Authentication;

/** Who calls, as the events module needs to know it. */
final class Callers {

	private Callers() {
	}

	static Caller of(Authentication authentication) {
		return new Caller(authentication.getName(), Roles.mayEdit(authentication), Roles.isAdmin(authentication));
	}
}
