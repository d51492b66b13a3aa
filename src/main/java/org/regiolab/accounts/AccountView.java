package org.regiolab.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/** What the administration shows of an account; never its password. */
@NamedInterface("api")
public record AccountView(UUID id, String email, String displayName, Set<Role> roles, boolean enabled,
		boolean pendingInvitation, Instant createdAt) {

	static AccountView of(Account account) {
		return new AccountView(account.id(), account.email(), account.displayName(), account.roles(),
				account.enabled(), account.pendingInvitation(), account.createdAt());
	}
}
