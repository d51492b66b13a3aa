package org.regiolab.portal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The portal's beans that are plain objects. */
@Configuration(proxyBeanMethods = false)
class PortalConfiguration {

	@Bean
	PublicHolidays publicHolidays(PortalProperties properties) {
		return new PublicHolidays(properties.holidayState());
	}
}
