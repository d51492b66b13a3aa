package org.regiolab.accounts;

import org.springframework.stereotype.Component;

/**
 * {@link Roles} for templates, as the bean {@code roles}: {@code th:if="${@roles.mayEdit()}"} shows
 * what administrators and coordinators may use, for the person the page is rendered for.
 */
@Component("roles")
public class RoleChecks {

	public boolean signedIn() {
		return Roles.signedIn(Roles.current());
	}

	public boolean isStaff() {
		return Roles.isStaff(Roles.current());
	}

	public boolean mayEdit() {
		return Roles.mayEdit(Roles.current());
	}

	public boolean isAdmin() {
		return Roles.isAdmin(Roles.current());
	}

	public boolean mayAdvise() {
		return Roles.has(Roles.current(), Role.EXPERT) || mayEdit();
	}
}
