package org.regiolab.accounts;

import java.util.EnumSet;

import org.regiolab.platform.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Creates the first administrator on a database that has none, from {@code REGIOLAB_ADMIN_EMAIL}
 * and {@code REGIOLAB_ADMIN_PASSWORD}; without a password it generates one and prints it once.
 */
@Component
@Order(50)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Accounts accounts;
	private final AccountAdministration administration;
	private final AccountsProperties properties;

	FirstAdministrator(Accounts accounts, AccountAdministration administration, AccountsProperties properties) {
		this.accounts = accounts;
		this.administration = administration;
		this.properties = properties;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (accounts.anyAdministrator()) {
			return;
		}
		String email = properties.adminEmail();
		boolean generated = !StringUtils.hasText(properties.adminPassword());
		String password = generated ? SecretTokens.newToken().substring(0, 20) : properties.adminPassword();
		administration.createWithPassword(email, "Administrator", password, EnumSet.of(Role.ADMIN));
		if (generated) {
			log.warn("""

					=====================================================================
					 Created the first administrator {}
					 with the generated password  {}
					 It is shown only this once: sign in and keep it safe.
					=====================================================================""", email, password);
		}
		else {
			log.info("Created the first administrator {} from REGIOLAB_ADMIN_EMAIL", email);
		}
	}
}
