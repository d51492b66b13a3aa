package org.regiolab.platform;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What "now" and "today" mean: RegioLab's users are German, so days begin and end in Europe/Berlin,
 * whatever time zone the server runs in. Beans take the {@link Clock} bean and ask it
 * ({@code Instant.now(clock)}, {@code clock.getZone()}), so that a test can set the time; only code
 * without a bean at hand (forms, row mappers, static helpers) uses {@link #ZONE}.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

	/** The zone's name, for annotations such as {@code @Scheduled(zone = …)}, which want a constant. */
	public static final String ZONE_ID = "Europe/Berlin";

	/** The zone RegioLab's days are counted in. */
	public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}
}
