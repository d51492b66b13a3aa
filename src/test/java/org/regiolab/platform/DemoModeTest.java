package org.regiolab.platform;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.regiolab.platform.database.EmbeddedPostgresServer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo mode: as configured, else on only for RegioLab's own embedded database. */
class DemoModeTest {

	private final ObjectProvider<EmbeddedPostgresServer> noEmbeddedDatabase = new StaticListableBeanFactory()
		.getBeanProvider(EmbeddedPostgresServer.class);

	@Test
	void isOffByDefaultWithAnExternalDatabase() {
		assertThat(new DemoMode(properties(null), noEmbeddedDatabase, null).isOn()).isFalse();
	}

	@Test
	void followsTheSettingWhenOneIsGiven() {
		assertThat(new DemoMode(properties(true), noEmbeddedDatabase, null).isOn()).isTrue();
		assertThat(new DemoMode(properties(false), noEmbeddedDatabase, null).isOn()).isFalse();
	}

	private static PlatformProperties properties(Boolean demo) {
		return new PlatformProperties(Path.of("data"), demo, DataSize.ofMegabytes(1), java.net.URI.create("http://localhost:8080"));
	}
}
