package org.regiolab.accounts;

/** The role checks modules write into {@code @PreAuthorize}, named once here. */
public final class Roles {

	/** Administrators and coordinators keep the network, labs and events. */
	public static final String MAY_EDIT = "hasAnyRole('ADMIN', 'COORDINATOR')";

	private Roles() {
	}
}
