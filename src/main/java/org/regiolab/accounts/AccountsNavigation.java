package org.regiolab.accounts;

import java.util.List;

import org.regiolab.platform.Navigation;

import org.springframework.stereotype.Component;

/** The accounts for administrators, and every account's own API tokens. */
@Component
class AccountsNavigation implements Navigation {

	@Override
	public List<Entry> entries() {
		return List.of(new Entry(90, "/admin/users", "nav.users", null, Roles::isAdmin),
				new Entry(100, "/account/tokens", "nav.tokens", null, Roles::signedIn));
	}
}
