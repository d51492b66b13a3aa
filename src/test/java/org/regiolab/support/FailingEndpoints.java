package org.regiolab.support;

import java.util.Optional;

import org.regiolab.platform.ApiProblems;
import org.regiolab.platform.NotFoundException;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

/**
 * A bare Spring MVC with an API endpoint and a page that fail on purpose, for tests of one error
 * handler: {@code …/unknown} throws a {@link NotFoundException}, {@code …/stray} the
 * {@link java.util.NoSuchElementException} of an empty {@code Optional.get()}. A test configuration,
 * so the application's own component scan leaves it out.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableWebMvc
@Import({ ApiProblems.class, FailingEndpoints.Api.class, FailingEndpoints.Page.class })
public class FailingEndpoints {

	public static final String API = "/api/v1/things/";
	public static final String PAGE = "/things/";

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/platform");
		messages.setDefaultEncoding("UTF-8");
		return messages;
	}

	static String unknown() {
		throw NotFoundException.of("thing", 42);
	}

	static String stray() {
		return Optional.<String>empty().get();
	}

	@RestController
	static class Api {

		@GetMapping(API + "unknown")
		String unknownThing() {
			return unknown();
		}

		@GetMapping(API + "stray")
		String strayThing() {
			return stray();
		}
	}

	@Controller
	static class Page {

		@GetMapping(PAGE + "unknown")
		String unknownThing() {
			return unknown();
		}

		@GetMapping(PAGE + "stray")
		String strayThing() {
			return stray();
		}
	}
}
