package org.regiolab.events.web;

import org.jspecify.annotations.Nullable;
import org.regiolab.accounts.Roles;
import org.regiolab.events.EventView;

import org.springframework.security.access.AccessDeniedException;

/** Public events are open to everybody; members-only events to signed-in users. */
final class EventAccess {

	private EventAccess() {
	}

	/** @throws AccessDeniedException for an anonymous visitor of a members-only event */
	static EventView visible(EventView event) {
		if (!event.data().isPublic() && !Roles.signedIn(Roles.current())) {
			throw new AccessDeniedException("Members only");
		}
		return event;
	}

	/** The signed-in account's name (its email), or {@code null} for an anonymous visitor. */
	static @Nullable String account() {
		return Roles.signedIn(Roles.current()) ? Roles.current().getName() : null;
	}
}
