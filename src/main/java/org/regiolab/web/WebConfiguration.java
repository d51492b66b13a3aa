package org.regiolab.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver() {
		return new Languages();
	}

	/**
	 * Keeps Spring Boot from rewriting every link of every page. With webjars-locator-lite on the
	 * class path it registers {@link ResourceUrlEncodingFilter}, which hands each {@code @{…}} link of
	 * a template to the static-resource resolvers to be given a version. A link to anything but a
	 * static file ({@code /portal/search}, {@code /login}: most links) is looked for on the class
	 * path inside the jar on every page view, uncached: 59 % of the CPU of a portal profile page,
	 * measured with a flight recording (docs/benchmarks.md). Nothing needs the versioned links: the
	 * resource chain still resolves a webjar without its version
	 * ({@code /webjars/htmx.org/dist/htmx.min.js}) when it is requested.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	/** First of all filters, so that the turn is given up once everything of the request is done. */
	@Bean
	FilterRegistrationBean<TakingTurns> takingTurns() {
		FilterRegistrationBean<TakingTurns> registration = new FilterRegistrationBean<>(new TakingTurns());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		// ?lang=en on any page switches the language; Languages remembers it
		LocaleChangeInterceptor change = new LocaleChangeInterceptor();
		change.setParamName("lang");
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}
}
