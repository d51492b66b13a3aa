package org.regiolab.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What "today" means: RegioLab's users are German, so days begin and end in Europe/Berlin,
 * whatever time zone the server runs in.
 */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Berlin"));
	}
}
