package org.regiolab.platform;

import java.util.Optional;

import org.regiolab.platform.database.EmbeddedPostgresServer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether RegioLab runs as a demonstration: then the demo world is loaded and the demo logins are
 * shown. {@code regiolab.demo} decides when set; unset, demo mode is on for an embedded database
 * that this start created or that already holds the demo world, and off for an external one.
 */
@Component
public class DemoMode {

	private final boolean on;

	DemoMode(PlatformProperties properties, ObjectProvider<EmbeddedPostgresServer> embedded, JdbcClient jdbc) {
		this.on = Optional.ofNullable(properties.demo())
			.orElseGet(() -> embedded.getIfAvailable() != null
					&& (embedded.getObject().created() || DemoWorldLoader.isLoaded(jdbc)));
	}

	public boolean isOn() {
		return on;
	}
}
