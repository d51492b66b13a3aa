package org.regiolab.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param adminEmail the first administrator's email ({@code REGIOLAB_ADMIN_EMAIL})
 * @param adminPassword the first administrator's password ({@code REGIOLAB_ADMIN_PASSWORD}); generated when empty
 */
@ConfigurationProperties("regiolab.accounts")
record AccountsProperties(@DefaultValue("admin@regiolab.local") String adminEmail, @Nullable String adminPassword) {
}
