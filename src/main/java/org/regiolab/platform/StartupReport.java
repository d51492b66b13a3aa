package org.regiolab.platform;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.regiolab.platform.database.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Says once RegioLab is ready where it answers and which database it uses. */
@Component
class StartupReport {

	private static final Logger log = LoggerFactory.getLogger(StartupReport.class);

	private final DataSource dataSource;
	private final ObjectProvider<EmbeddedPostgresServer> embedded;
	private final DemoMode demoMode;

	StartupReport(DataSource dataSource, ObjectProvider<EmbeddedPostgresServer> embedded, DemoMode demoMode) {
		this.dataSource = dataSource;
		this.embedded = embedded;
		this.demoMode = demoMode;
	}

	@EventListener
	void onReady(ApplicationReadyEvent event) {
		String address = event.getApplicationContext() instanceof WebServerApplicationContext web
				? "http://localhost:" + web.getWebServer().getPort() + "/" : "(no web server)";
		EmbeddedPostgresServer server = embedded.getIfAvailable();
		String database = server != null ? "embedded PostgreSQL %s, data in %s".formatted(version(), server.postgresDirectory())
				: "external PostgreSQL %s at %s".formatted(version(), url());
		log.info("RegioLab is ready at {} – database: {}{}", address, database,
				demoMode.isOn() ? " – demo mode: the demo logins are shown on " + address + "login" : "");
	}

	private String version() {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getDatabaseProductVersion();
		}
		catch (SQLException ex) {
			return "(version unknown)";
		}
	}

	private String url() {
		try (Connection connection = dataSource.getConnection()) {
			DatabaseMetaData metaData = connection.getMetaData();
			// the driver's URL carries no password; user names stay out of the log as well
			return metaData.getURL().replaceAll("([?&](user|password)=)[^&]*", "$1***");
		}
		catch (SQLException ex) {
			return "(unknown)";
		}
	}
}
