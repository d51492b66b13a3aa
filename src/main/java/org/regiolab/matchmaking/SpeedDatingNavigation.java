package org.regiolab.matchmaking;

import java.util.List;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.Navigation;

import org.springframework.stereotype.Component;

/** The speed datings in the main navigation, for their organisers; participants reach theirs by link. */
@Component
class SpeedDatingNavigation implements Navigation {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(60, "/matchmaking", "nav.matchmaking", null, Roles::mayEdit));
	}
}
