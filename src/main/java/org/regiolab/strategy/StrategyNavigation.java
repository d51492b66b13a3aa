package org.regiolab.strategy;

import java.util.List;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.Navigation;

import org.springframework.stereotype.Component;

/** The plans are for the network's people to read; coordinators keep them. */
@Component
class StrategyNavigation implements Navigation {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(47, "/strategy", "nav.strategy", "nav.strategy.summary", Roles::isStaff));
	}
}
