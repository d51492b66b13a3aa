package org.regiolab.events;

/**
 * The signed-in account on whose behalf a consultation day is read or changed.
 * @param account the account's email
 * @param coordinates whether the account is a coordinator or an administrator
 */
public record Caller(String account, boolean coordinates, boolean admin) {

	public boolean is(String email) {
		return account.equalsIgnoreCase(email);
	}
}
