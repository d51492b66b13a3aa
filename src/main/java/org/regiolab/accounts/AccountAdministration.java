package org.regiolab.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.SecretTokens;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts, and what an invited person does to take theirs up. Each
 * method is one transaction that also writes the audit log.
 */
@NamedInterface("api")
@Service
@Transactional
public class AccountAdministration {

	static final Duration INVITATION_VALIDITY = Duration.ofDays(14);

	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final AuditLog audit;
	private final Clock clock;

	AccountAdministration(Accounts accounts, PasswordEncoder passwords, AuditLog audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an account without password and returns the secret of its invitation link, which
	 * is valid for 14 days and shown only this once.
	 */
	public String invite(String email, String displayName, Set<Role> roles) {
		String normalised = Account.normalise(email);
		if (accounts.findByEmail(normalised).isPresent()) {
			throw new EmailAlreadyUsedException(normalised);
		}
		Account account = Account.create(normalised, displayName, roles, clock.instant());
		String token = SecretTokens.newToken("inv_");
		account.invite(SecretTokens.hash(token), clock.instant().plus(INVITATION_VALIDITY));
		accounts.save(account);
		audit.record("account.invited", subject(account.id()), "roles=" + roles);
		return token;
	}

	/** Creates an account that can sign in at once; for the first administrator and the demo world. */
	UUID createWithPassword(String email, String displayName, String password, Set<Role> roles) {
		Account account = Account.create(email, displayName, roles, clock.instant());
		account.setPassword(passwords.encode(password));
		accounts.save(account);
		audit.record("account.created", subject(account.id()), "roles=" + roles);
		return account.id();
	}

	@Transactional(readOnly = true)
	public AccountView get(UUID id) {
		return AccountView.of(load(id));
	}

	/**
	 * Changes name, roles and whether the account may sign in. Refuses to let an administrator
	 * demote or disable themselves, which also keeps at least one administrator.
	 */
	public void change(UUID id, String displayName, Set<Role> roles, boolean enabled, String actingEmail) {
		Account account = load(id);
		boolean self = account.email().equals(Account.normalise(actingEmail));
		if (self && (!roles.contains(Role.ADMIN) || !enabled)) {
			throw new LastAdministratorException();
		}
		Set<Role> before = account.roles();
		boolean wasEnabled = account.enabled();
		account.change(displayName, roles, enabled);
		accounts.save(account);
		audit.record("account.changed", subject(id),
				"roles " + before + " -> " + roles + ", enabled " + wasEnabled + " -> " + enabled);
	}

	/** Whether the secret of an invitation link is still good. */
	@Transactional(readOnly = true)
	public boolean invitationValid(String token) {
		return accounts.findByInvitationTokenHash(SecretTokens.hash(token))
			.filter(account -> account.invitationValidAt(clock.instant()))
			.isPresent();
	}

	/** Sets the password of an invited account; the link cannot be used again. */
	public void acceptInvitation(String token, String password) {
		Account account = accounts.findByInvitationTokenHash(SecretTokens.hash(token))
			.filter(candidate -> candidate.invitationValidAt(clock.instant()))
			.orElseThrow(() -> new NotFoundException("No valid invitation"));
		account.setPassword(passwords.encode(password));
		accounts.save(account);
		audit.record("account.invitation-accepted", subject(account.id()), null);
	}

	private Account load(UUID id) {
		return accounts.findById(id).orElseThrow(() -> NotFoundException.of("account", id));
	}

	private static String subject(UUID id) {
		return "account:" + id;
	}
}
