package org.regiolab.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A person who can sign in. Until an invited person sets a password, the account has none and
 * cannot be used.
 */
class Account {

	@Id
	private final UUID id;
	private final String email;
	private String displayName;
	private @Nullable String passwordHash;
	private boolean enabled;
	private @Nullable String invitationTokenHash;
	private @Nullable Instant invitationExpiresAt;
	private final Instant createdAt;
	@MappedCollection(idColumn = "account")
	private Set<AccountRole> roles;
	@Version
	private @Nullable Long version;

	Account(UUID id, String email, String displayName, @Nullable String passwordHash, boolean enabled,
			@Nullable String invitationTokenHash, @Nullable Instant invitationExpiresAt, Instant createdAt,
			Set<AccountRole> roles, @Nullable Long version) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.invitationTokenHash = invitationTokenHash;
		this.invitationExpiresAt = invitationExpiresAt;
		this.createdAt = createdAt;
		this.roles = roles;
		this.version = version;
	}

	static Account create(String email, String displayName, Set<Role> roles, Instant now) {
		return new Account(UUID.randomUUID(), normalise(email), displayName.strip(), null, true, null, null,
				now, grants(roles), null);
	}

	static String normalise(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	private static Set<AccountRole> grants(Set<Role> roles) {
		return roles.stream().map(AccountRole::new).collect(Collectors.toSet());
	}

	void setPassword(String hash) {
		this.passwordHash = hash;
		this.invitationTokenHash = null;
		this.invitationExpiresAt = null;
	}

	void invite(String tokenHash, Instant expiresAt) {
		this.invitationTokenHash = tokenHash;
		this.invitationExpiresAt = expiresAt;
	}

	boolean invitationValidAt(Instant now) {
		return invitationTokenHash != null && invitationExpiresAt != null && now.isBefore(invitationExpiresAt);
	}

	void change(String displayName, Set<Role> roles, boolean enabled) {
		this.displayName = displayName.strip();
		this.roles = grants(roles);
		this.enabled = enabled;
	}

	UUID id() {
		return id;
	}

	String email() {
		return email;
	}

	String displayName() {
		return displayName;
	}

	@Nullable String passwordHash() {
		return passwordHash;
	}

	boolean enabled() {
		return enabled;
	}

	boolean pendingInvitation() {
		return passwordHash == null;
	}

	Instant createdAt() {
		return createdAt;
	}

	Set<Role> roles() {
		Set<Role> result = EnumSet.noneOf(Role.class);
		roles.forEach(grant -> result.add(grant.role()));
		return result;
	}
}
