package org.regiolab.accounts;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Signs in with the email address; an invited account without password cannot sign in yet. */
@Component
class AccountUserDetailsService implements UserDetailsService {

	private final Accounts accounts;

	AccountUserDetailsService(Accounts accounts) {
		this.accounts = accounts;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return accounts.findByEmail(Account.normalise(username))
			.filter(account -> account.passwordHash() != null)
			.map(AccountUserDetailsService::userDetails)
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	static UserDetails userDetails(Account account) {
		return User.withUsername(account.email())
			.password(account.passwordHash())
			.disabled(!account.enabled())
			.authorities(account.roles().stream().map(Role::authority).toArray(String[]::new))
			.build();
	}
}
