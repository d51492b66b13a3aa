package org.regiolab.feedback.web;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Role;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** What a page of the feedback module shows depends on who asks. */
final class Pages {

	private Pages() {
	}

	/** Coordinators and administrators: the lab team, who read, moderate and report. */
	static boolean mayEdit(@Nullable Authentication user) {
		return user != null && user.getAuthorities().stream()
			.map(GrantedAuthority::getAuthority)
			.anyMatch(authority -> authority.equals(Role.ADMIN.authority()) || authority.equals(Role.COORDINATOR.authority()));
	}
}
