package org.regiolab.portal.web;

import org.regiolab.portal.PageStatistics;
import org.regiolab.portal.PortalPaths;
import org.regiolab.portal.PortalProperties;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;

@Configuration(proxyBeanMethods = false)
class PortalWebConfiguration {

	@Bean
	ProfilePageCache profilePageCache(PortalProperties properties, PageStatistics statistics, LocaleResolver languages) {
		return new ProfilePageCache(properties.pageCache().toBytes(), statistics, languages);
	}

	/** Before Spring Security: a page from the cache costs none of its filters. */
	@Bean
	FilterRegistrationBean<ProfilePageCache> profilePageCacheFilter(ProfilePageCache cache, PortalProperties properties) {
		FilterRegistrationBean<ProfilePageCache> registration = new FilterRegistrationBean<>(cache);
		registration.addUrlPatterns(PortalPaths.PROFILES + "*");
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		registration.setEnabled(properties.pageCache().toBytes() > 0);
		return registration;
	}
}
