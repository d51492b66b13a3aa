package org.regiolab.platform;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The texts of the message bundles by key, in the request's language unless a locale is given: one
 * {@link MessageSourceAccessor} for every class that needs a text in Java (CSV headings, mails), so
 * that none writes its own {@code text(key, locale)}.
 */
@Configuration(proxyBeanMethods = false)
class MessagesConfiguration {

	@Bean
	MessageSourceAccessor messageSourceAccessor(MessageSource messageSource) {
		return new MessageSourceAccessor(messageSource);
	}
}
