package org.regiolab.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Records who changed what. Every change to accounts and to personal data goes through here, in
 * the transaction of the change itself, so the log and the data never disagree.
 */
@Component
public class AuditLog {

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param action what was done, e.g. {@code account.invited}
	 * @param subject what it was done to, e.g. {@code account:<id>}
	 * @param details a short description without secrets
	 */
	public void record(String action, String subject, @Nullable String details) {
		jdbc.sql("insert into audit_event (actor, action, subject, details) values (?, ?, ?, ?)")
			.params(currentActor(), action, subject, details)
			.update();
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.isAuthenticated() ? authentication.getName() : "system";
	}
}
