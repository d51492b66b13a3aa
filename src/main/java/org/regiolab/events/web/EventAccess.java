package org.regiolab.events.web;

import org.regiolab.events.EventView;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Public events are open to everybody; members-only events to signed-in users. */
final class EventAccess {

	private EventAccess() {
	}

	static boolean signedIn() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
	}

	/** @throws AccessDeniedException for an anonymous visitor of a members-only event */
	static EventView visible(EventView event) {
		if (!event.data().isPublic() && !signedIn()) {
			throw new AccessDeniedException("Members only");
		}
		return event;
	}

	/** Administrators and coordinators keep events. */
	static boolean mayEdit() {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		return signedIn() && user.getAuthorities().stream()
			.anyMatch(a -> a.getAuthority().equals("ROLE_ADMIN") || a.getAuthority().equals("ROLE_COORDINATOR"));
	}

	/** The signed-in account's name (its email), or {@code null} for an anonymous visitor. */
	static String account() {
		return signedIn() ? SecurityContextHolder.getContext().getAuthentication().getName() : null;
	}
}
