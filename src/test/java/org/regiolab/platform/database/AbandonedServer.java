package org.regiolab.platform.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerTest}: starts the embedded server, commits a
 * row, says so and waits to be killed, as a RegioLab would that dies with SIGKILL.
 */
public final class AbandonedServer {

	public static void main(String[] args) throws Exception {
		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), true);
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table acknowledged (note text)");
			statement.execute("insert into acknowledged values ('written before the crash')");
		}
		System.out.println("COMMITTED");
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}
}
