package org.regiolab.accounts;

import java.time.Duration;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after ten failed logins within 15 minutes for one account, or
 * from one address, further attempts are refused until the window has passed. Kept in the
 * database, so every node of a cluster counts the same failures.
 */
@Component
class LoginThrottle {

	static final int ALLOWED_FAILURES = 10;
	static final Duration WINDOW = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	LoginThrottle(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	boolean refuses(String username, String address) {
		return jdbc.sql("""
				select (select count(*) from login_failure where account_key = :account and failed_at > now() - make_interval(mins => :minutes)) >= :allowed
				    or (select count(*) from login_failure where address = :address and failed_at > now() - make_interval(mins => :minutes)) >= :allowed
				""")
			.param("account", key(username))
			.param("address", address)
			.param("minutes", (int) WINDOW.toMinutes())
			.param("allowed", ALLOWED_FAILURES)
			.query(Boolean.class)
			.single();
	}

	// its own transaction: a failed login must be counted even though the login itself failed
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String username, String address) {
		jdbc.sql("delete from login_failure where failed_at < now() - interval '1 day'").update();
		jdbc.sql("insert into login_failure (account_key, address) values (?, ?)").params(key(username), address).update();
	}

	private static String key(String username) {
		return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
	}
}
