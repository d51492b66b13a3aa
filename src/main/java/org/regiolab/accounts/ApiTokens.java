package org.regiolab.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.SecretTokens;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: a user creates one for a script or tool, sees its secret once, and can
 * revoke it at any time. A token acts with the roles its owner has at the moment of use.
 */
@Component
@Transactional
public class ApiTokens {

	static final String PREFIX = "rl_";

	private final JdbcClient jdbc;
	private final AuditLog audit;

	ApiTokens(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** A token as its owner sees it in the list, without its secret. */
	public record ApiTokenView(UUID id, String name, Instant createdAt, @Nullable Instant lastUsedAt,
			@Nullable Instant revokedAt) {

		public boolean active() {
			return revokedAt == null;
		}
	}

	/** Creates a token for the signed-in user and returns its secret, which is not kept. */
	public String create(String ownerEmail, String name) {
		String token = SecretTokens.newToken(PREFIX);
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				insert into api_token (id, account, name, token_hash, created_at)
				select ?, a.id, ?, ?, now() from account a where a.email = ?
				""").params(id, name.strip(), SecretTokens.hash(token), Account.normalise(ownerEmail)).update();
		audit.record("api-token.created", "api-token:" + id, name.strip());
		return token;
	}

	@Transactional(readOnly = true)
	public List<ApiTokenView> of(String ownerEmail) {
		return jdbc.sql("""
				select t.id, t.name, t.created_at, t.last_used_at, t.revoked_at
				from api_token t join account a on a.id = t.account
				where a.email = ? order by t.revoked_at nulls first, t.created_at desc
				""").param(Account.normalise(ownerEmail)).query(ApiTokenView.class).list();
	}

	/** Revokes one of the owner's tokens; another user's token is left alone. */
	public boolean revoke(String ownerEmail, UUID tokenId) {
		int changed = jdbc.sql("""
				update api_token t set revoked_at = now()
				from account a where a.id = t.account and a.email = ? and t.id = ? and t.revoked_at is null
				""").params(Account.normalise(ownerEmail), tokenId).update();
		if (changed > 0) {
			audit.record("api-token.revoked", "api-token:" + tokenId, null);
		}
		return changed > 0;
	}

	/** The email of the enabled account that owns this unrevoked token. */
	Optional<String> ownerOf(String token) {
		if (!token.startsWith(PREFIX)) {
			return Optional.empty();
		}
		// last_used_at is written at most once a minute, so busy scripts do not turn reads into writes
		return jdbc.sql("""
				update api_token t
				set last_used_at = case when t.last_used_at is null or t.last_used_at < now() - interval '1 minute'
				                        then now() else t.last_used_at end
				from account a
				where a.id = t.account and t.token_hash = ? and t.revoked_at is null and a.enabled
				returning a.email
				""").param(SecretTokens.hash(token)).query(String.class).optional();
	}
}
