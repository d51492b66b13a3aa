package org.regiolab.network;

import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How other modules find organisations and alliances of the network. */
@Component
public class NetworkDirectory {

	private final JdbcClient jdbc;

	NetworkDirectory(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<UUID> allianceNamed(String name) {
		return jdbc.sql("select id from alliance where lower(name) = lower(?)").param(name).query(UUID.class).optional();
	}

	public Optional<UUID> organisationNamed(String name) {
		return jdbc.sql("select id from organisation where lower(name) = lower(?) order by id limit 1")
			.param(name)
			.query(UUID.class)
			.optional();
	}
}
