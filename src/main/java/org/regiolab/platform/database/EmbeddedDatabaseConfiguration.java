package org.regiolab.platform.database;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL when no {@code spring.datasource.url} is configured; with one,
 * this configuration stays out of the way and Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);
	private static final String EARLY_START = "embeddedPostgresStarting";

	/**
	 * Starts PostgreSQL on a thread of its own as soon as the bean definitions are known, so that
	 * unpacking, initdb and the server's start overlap with the creation of the web layer instead of
	 * adding to it: on two cores that saves seconds of every start.
	 */
	@Bean
	static BeanFactoryPostProcessor embeddedPostgresEarlyStart(Environment environment) {
		return beanFactory -> {
			Path dataDirectory = Path.of(environment.getProperty("regiolab.data-dir", "./data"));
			log.info("Starting the embedded PostgreSQL with its data in {}", dataDirectory.toAbsolutePath());
			beanFactory.registerSingleton(EARLY_START, CompletableFuture.supplyAsync(
					() -> EmbeddedPostgresServer.start(dataDirectory, true), EmbeddedDatabaseConfiguration::daemon));
		};
	}

	@Bean(destroyMethod = "close")
	EmbeddedPostgresServer embeddedPostgresServer(
			@Qualifier(EARLY_START) CompletableFuture<EmbeddedPostgresServer> earlyStart) {
		try {
			return earlyStart.join();
		}
		catch (CompletionException ex) {
			// e.g. DataDirectoryInUseException, which the failure analyzer explains
			throw ex.getCause() instanceof RuntimeException cause ? cause : ex;
		}
	}

	private static void daemon(Runnable start) {
		Thread thread = new Thread(start, "embedded-postgres-start");
		thread.setDaemon(true);
		thread.start();
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgresServer server) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(server.jdbcUrl());
		dataSource.setUsername(server.user());
		dataSource.setPoolName("regiolab-embedded");
		return dataSource;
	}

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}
	}
}
