package org.regiolab.events;

import java.util.List;

import org.regiolab.platform.Navigation;

import org.springframework.stereotype.Component;

/** The events in the main navigation, for everybody: the public ones need no account. */
@Component
class EventsNavigation implements Navigation {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(50, "/events", "nav.events", null, user -> true));
	}
}
