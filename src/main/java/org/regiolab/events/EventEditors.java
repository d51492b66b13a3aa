package org.regiolab.events;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.Authentication;

/** Administrators and coordinators, who keep every event's pitches, results and documentation. */
final class EventEditors {

	private EventEditors() {
	}

	static boolean isEditor(@Nullable Authentication user) {
		return user != null && user.getAuthorities().stream()
			.anyMatch(a -> "ROLE_ADMIN".equals(a.getAuthority()) || "ROLE_COORDINATOR".equals(a.getAuthority()));
	}
}
