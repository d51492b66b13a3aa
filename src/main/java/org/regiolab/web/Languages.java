package org.regiolab.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * German first, English second. The language comes from the switcher, remembered in a cookie for
 * a year, else from the browser's preferences, else German; anything else becomes German, so
 * every text has a translation.
 */
class Languages implements LocaleResolver {

	static final List<Locale> SUPPORTED = List.of(Locale.GERMAN, Locale.ENGLISH);

	private final CookieLocaleResolver cookie = new CookieLocaleResolver("regiolab-lang");

	Languages() {
		cookie.setCookieMaxAge(Duration.ofDays(365));
		cookie.setCookieSameSite("Lax");
		cookie.setDefaultLocaleFunction(Languages::fromBrowser);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return supported(cookie.resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		cookie.setLocale(request, response, locale == null ? null : supported(locale));
	}

	static Locale supported(Locale locale) {
		return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.GERMAN;
	}

	private static Locale fromBrowser(HttpServletRequest request) {
		String header = request.getHeader("Accept-Language");
		if (header == null || header.isBlank()) {
			return Locale.GERMAN;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
			return best != null ? best : Locale.GERMAN;
		}
		catch (IllegalArgumentException ex) {
			return Locale.GERMAN;
		}
	}
}
