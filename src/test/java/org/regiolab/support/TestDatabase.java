package org.regiolab.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.regiolab.platform.database.EmbeddedPostgresServer;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One embedded PostgreSQL per test JVM, shared by every Spring context of the run. Each run gets
 * a fresh database in it; fsync is off because a test database need not survive a crash.
 */
public final class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final String DATABASE = "regiolab_test";

	private static EmbeddedPostgresServer server;

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestPropertyValues.of("spring.datasource.url=" + url(), "spring.datasource.username=" + server.user(),
				"spring.datasource.password=").applyTo(context);
	}

	public static synchronized String url() {
		if (server == null) {
			server = EmbeddedPostgresServer.start(Path.of("target", "test-postgres"), false);
			recreate();
			Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stop, "test-postgres-stop"));
		}
		return server.jdbcUrl().replaceFirst("/postgres$", "/" + DATABASE);
	}

	private static void recreate() {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + DATABASE + " with (force)");
			statement.execute("create database " + DATABASE);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Cannot create the test database", ex);
		}
	}

	private static void stop() {
		try {
			server.close();
		}
		catch (Exception ex) {
			// the JVM is ending; PostgreSQL's own shutdown hook stops the server as well
		}
	}
}
