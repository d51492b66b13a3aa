package org.regiolab.platform.database;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded server keeps data across restarts and crashes, refuses a data directory that a
 * live RegioLab uses and recovers one that a killed RegioLab left behind.
 */
class EmbeddedPostgresServerTest {

	@TempDir
	Path dataDirectory;

	@Test
	void keepsDataAcrossARestartAndRunsDurably() throws Exception {
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, true)) {
			assertThat(server.created()).isTrue();
			assertThat(query(server, "show fsync")).isEqualTo("on");
			assertThat(query(server, "show synchronous_commit")).isEqualTo("on");
			assertThat(query(server, "select lower('ÄÖÜ STRASSE')")).isEqualTo("äöü strasse");
			execute(server, "create table kept (note text)", "insert into kept values ('still here')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, true)) {
			assertThat(server.created()).isFalse();
			assertThat(query(server, "select note from kept")).isEqualTo("still here");
		}
	}

	@Test
	void refusesADataDirectoryThatALiveInstanceUses() throws Exception {
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDirectory, false)) {
			assertThatThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory, false))
				.isInstanceOf(DataDirectoryInUseException.class)
				.hasMessageContaining("in use by another running RegioLab");
			assertThat(query(first, "select 'first still serves'")).isEqualTo("first still serves");
		}
	}

	@Test
	void stopsTheServerOfAKilledInstanceAndKeepsWhatItCommitted() throws Exception {
		Process abandoned = startAbandonedServer();
		try {
			abandoned.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
			long orphanPid = Long.parseLong(
					Files.readAllLines(dataDirectory.resolve("postgres").resolve("postmaster.pid")).get(0).trim());
			assertThat(ProcessHandle.of(orphanPid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

			try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory, true)) {
				assertThat(ProcessHandle.of(orphanPid).filter(ProcessHandle::isAlive)).isEmpty();
				assertThat(query(server, "select note from acknowledged")).isEqualTo("written before the crash");
			}
		}
		finally {
			abandoned.destroyForcibly();
		}
	}

	private Process startAbandonedServer() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
				AbandonedServer.class.getName(), dataDirectory.toString()))
			.redirectErrorStream(true)
			.start();
		BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String line;
		while ((line = output.readLine()) != null) {
			if (line.equals("COMMITTED")) {
				return process;
			}
		}
		throw new IllegalStateException("The child JVM ended before it committed");
	}

	private static String query(EmbeddedPostgresServer server, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static void execute(EmbeddedPostgresServer server, String... sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.user(), "");
				Statement statement = connection.createStatement()) {
			for (String each : sql) {
				statement.execute(each);
			}
		}
	}
}
