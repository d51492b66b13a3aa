package org.regiolab.platform.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server that RegioLab runs itself, with its data in a directory of ours that
 * survives restarts. It refuses a data directory that another live RegioLab uses and stops a
 * server that a killed RegioLab left running.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	static final String DATABASE = "postgres";
	static final String USER = "postgres";

	private final DataDirectoryLock lock;
	private final EmbeddedPostgres postgres;
	private final Path postgresDirectory;
	private final boolean created;

	private EmbeddedPostgresServer(DataDirectoryLock lock, EmbeddedPostgres postgres, Path postgresDirectory,
			boolean created) {
		this.lock = lock;
		this.postgres = postgres;
		this.postgresDirectory = postgresDirectory;
		this.created = created;
	}

	/**
	 * Starts the server on {@code dataDirectory}, creating the database on first use.
	 * @param durable whether an acknowledged commit must survive a crash ({@code fsync} and
	 * {@code synchronous_commit} on); only throwaway test databases pass {@code false}
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory, boolean durable) {
		try {
			Files.createDirectories(dataDirectory);
			DataDirectoryLock lock = DataDirectoryLock.acquire(dataDirectory);
			try {
				Path postgresDirectory = dataDirectory.resolve("postgres");
				boolean created = !Files.exists(postgresDirectory.resolve("PG_VERSION"));
				OrphanedPostmaster.find(postgresDirectory).ifPresent(OrphanedPostmaster::stop);
				String onOff = durable ? "on" : "off";
				EmbeddedPostgres postgres = EmbeddedPostgres.builder()
					.setDataDirectory(postgresDirectory)
					.setCleanDataDirectory(false)
					.setOverrideWorkingDirectory(dataDirectory.resolve("binaries").toFile())
					.setServerConfig("fsync", onOff)
					.setServerConfig("synchronous_commit", onOff)
					.setServerConfig("full_page_writes", onOff)
					.setServerConfig("max_connections", "100")
					// the builtin provider gives Unicode case mapping on every OS, without relying on installed locales
					.setLocaleConfig("locale", "C")
					.setLocaleConfig("locale-provider", "builtin")
					.setLocaleConfig("builtin-locale", "C.UTF-8")
					.setPGStartupWait(Duration.ofSeconds(60))
					.start();
				return new EmbeddedPostgresServer(lock, postgres, postgresDirectory, created);
			}
			catch (RuntimeException | IOException ex) {
				lock.close();
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + dataDirectory.toAbsolutePath(), ex);
		}
	}

	public String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
	}

	public String user() {
		return USER;
	}

	public Path postgresDirectory() {
		return postgresDirectory.toAbsolutePath();
	}

	/** Whether this start created the database, that is, the data directory was new. */
	public boolean created() {
		return created;
	}

	@Override
	public void close() throws IOException {
		try {
			postgres.close();
		}
		finally {
			lock.close();
		}
	}
}
