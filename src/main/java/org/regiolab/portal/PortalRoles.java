package org.regiolab.portal;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Who is who in the portal: the office (administrators and coordinators) moderates and keeps every profile. */
public final class PortalRoles {

	private PortalRoles() {
	}

	public static boolean isOffice(@Nullable Authentication user) {
		return signedIn(user) && user.getAuthorities().stream()
			.anyMatch(a -> Role.ADMIN.authority().equals(a.getAuthority()) || Role.COORDINATOR.authority().equals(a.getAuthority()));
	}

	public static boolean signedIn(@Nullable Authentication user) {
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}
}
