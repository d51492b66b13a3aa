package org.regiolab.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's texts: each module keeps one bundle, {@code i18n/<module>_de.properties} and
 * {@code _en}, with a {@code i18n/<module>.properties} that says so, and every bundle found there
 * is read, so that no list of modules needs to be kept. German is the fallback for a language
 * without texts of its own, never the server's language. Java code reads a text through the one
 * {@link MessageSourceAccessor} (in the request's language unless a locale is given), never a
 * {@code text(key, locale)} of its own.
 */
@Configuration(proxyBeanMethods = false)
class MessageBundles {

	static final String FOLDER = "i18n";
	private static final Pattern DEFAULT_BUNDLE = Pattern.compile("([a-z][a-z0-9-]*)\\.properties");

	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames(basenames());
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	@Bean
	MessageSourceAccessor messageSourceAccessor(MessageSource messageSource) {
		return new MessageSourceAccessor(messageSource);
	}

	static String[] basenames() {
		try {
			Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:" + FOLDER + "/*.properties");
			return Arrays.stream(files)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.map(DEFAULT_BUNDLE::matcher)
				.filter(Matcher::matches)
				.map(name -> FOLDER + "/" + name.group(1))
				.sorted()
				.distinct()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the message bundles", ex);
		}
	}
}
