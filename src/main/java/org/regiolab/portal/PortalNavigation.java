package org.regiolab.portal;

import java.util.List;

import org.regiolab.accounts.Roles;
import org.regiolab.platform.Navigation;

import org.springframework.stereotype.Component;

/** The public portal for everybody, its office for the people who moderate it. */
@Component
class PortalNavigation implements Navigation {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(70, "/portal", "nav.portal", null, user -> true),
				new Entry(80, "/portal/office", "nav.portalOffice", null, Roles::mayEdit));
	}
}
