package org.regiolab.accounts;

import org.springframework.modulith.NamedInterface;

/** What a signed-in person may do; anonymous visitors see public pages only. */
@NamedInterface("api")
public enum Role {

	/** Runs the installation: users, roles, reference data. */
	ADMIN,
	/** Coordinates an alliance or lab. */
	COORDINATOR,
	/** Belongs to a member organisation. */
	MEMBER,
	/** Advises businesses, for example at consultation days. */
	EXPERT;

	public String authority() {
		return "ROLE_" + name();
	}
}
