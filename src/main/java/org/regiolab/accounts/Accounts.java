package org.regiolab.accounts;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** All accounts, found by id, email or invitation. */
interface Accounts extends ListCrudRepository<Account, UUID> {

	Optional<Account> findByEmail(String email);

	Optional<Account> findByInvitationTokenHash(String invitationTokenHash);

	@Query("select exists (select 1 from account_role where role = 'ADMIN')")
	boolean anyAdministrator();
}
