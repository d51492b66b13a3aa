package org.regiolab.accounts;

/** One role granted to an account. */
record AccountRole(Role role) {
}
