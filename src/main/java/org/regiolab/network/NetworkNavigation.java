package org.regiolab.network;

import java.util.List;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.Navigation;

import org.springframework.stereotype.Component;

/** The registry in the main navigation: alliances and organisations for the network's people, people for coordinators. */
@Component
class NetworkNavigation implements Navigation {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(10, "/network/alliances", "nav.alliances", "nav.alliances.summary", Roles::isStaff),
				new Entry(20, "/network/organisations", "nav.organisations", "nav.organisations.summary", Roles::isStaff),
				new Entry(30, "/network/people", "nav.people", null, Roles::mayEdit));
	}
}
