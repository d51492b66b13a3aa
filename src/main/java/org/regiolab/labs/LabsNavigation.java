package org.regiolab.labs;

import java.util.List;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.Navigation;

import org.springframework.stereotype.Component;

/** The labs in the main navigation, for the network's people. */
@Component
class LabsNavigation implements Navigation {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(40, "/labs", "nav.labs", "nav.labs.summary", Roles::isStaff));
	}
}
