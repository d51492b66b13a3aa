package org.regiolab.events.web;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Role;
import org.regiolab.events.Caller;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** Who calls, as the events module needs to know it. */
final class Callers {

	/** Who may offer consultation slots. */
	static final String MAY_OFFER_SLOTS = "hasAnyRole('EXPERT', 'ADMIN', 'COORDINATOR')";

	private Callers() {
	}

	static Caller of(Authentication authentication) {
		boolean admin = has(authentication, Role.ADMIN);
		return new Caller(authentication.getName(), admin || has(authentication, Role.COORDINATOR), admin);
	}

	static boolean signedIn(@Nullable Authentication authentication) {
		return authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
	}

	private static boolean has(Authentication authentication, Role role) {
		return authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(role.authority()::equals);
	}
}
