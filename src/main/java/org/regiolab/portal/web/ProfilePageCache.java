package org.regiolab.portal.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.regiolab.platform.AfterCommit;
import org.regiolab.portal.PageStatistics;
import org.regiolab.portal.PortalPaths;
import org.regiolab.portal.ProfilePageChanged;

import org.springframework.context.event.EventListener;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Profile pages for visitors without an account, kept in memory as a proxy in front of RegioLab
 * (Varnish, a CDN) would keep them: because the page says {@code Cache-Control: public}, and for
 * as long as its {@code max-age} says (a minute at most, never past the business's next opening or
 * closing time), one copy per page and language. A page served from here skips Spring Security,
 * Spring MVC, the database and Thymeleaf, which together cost about 2 ms of CPU per page; it still
 * counts as a view in the page statistics.
 * <p>
 * Only what cannot be personal is answered from here: a GET without a query, without an
 * Authorization header and without a cookie but the language switcher's. A browser's hard reload
 * ({@code Cache-Control: no-cache}) renders the page anew. A page changed on this node is forgotten
 * once the change has committed; other nodes keep theirs for at most its max-age, as browsers may.
 * Pages are kept gzip-compressed (about 2 KB each) and sent so to browsers that accept it.
 */
final class ProfilePageCache extends OncePerRequestFilter {

	/** A page as it was sent: its body compressed, and what to send with it. */
	record Page(byte[] gzipped, String contentType, List<String[]> headers, String etag, long maxAgeSeconds,
			long storedNanos) {
	}

	record Key(UUID profile, String language) {
	}

	private static final String LANGUAGE_COOKIE = "regiolab-lang";
	private static final Pattern GZIP = Pattern.compile("(?i)(^|,)\\s*gzip\\s*(,|$|;\\s*q=(0\\.0*[1-9]|1))");
	private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");
	/** Sent by RegioLab anew for every answer, or not at all for one from here. */
	private static final List<String> NOT_KEPT = List.of(HttpHeaders.CONTENT_LENGTH, HttpHeaders.CONTENT_TYPE,
			HttpHeaders.TRANSFER_ENCODING, HttpHeaders.DATE, HttpHeaders.AGE);

	private final Cache<Key, Page> pages;
	private final PageStatistics statistics;
	private final LocaleResolver languages;

	ProfilePageCache(long maxBytes, PageStatistics statistics, LocaleResolver languages) {
		this.pages = Caffeine.newBuilder()
			.maximumWeight(maxBytes)
			.weigher((Key key, Page page) -> page.gzipped().length + 512)
			.expireAfter(Expiry.creating((Key key, Page page) -> Duration.ofSeconds(page.maxAgeSeconds())))
			.build();
		this.statistics = statistics;
		this.languages = languages;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		UUID profile = shared(request);
		if (profile == null) {
			chain.doFilter(request, response);
			return;
		}
		Key key = new Key(profile, languages.resolveLocale(request).getLanguage());
		String requestCacheControl = request.getHeader(HttpHeaders.CACHE_CONTROL);
		Page kept = requestCacheControl != null && requestCacheControl.contains("no-cache") ? null : pages.getIfPresent(key);
		if (kept != null) {
			send(kept, key, request, response);
			statistics.viewed("profile:" + profile);
			return;
		}
		ContentCachingResponseWrapper rendered = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, rendered);
		Page page = keepable(rendered);
		if (page != null) {
			pages.put(key, page);
		}
		rendered.copyBodyToResponse();
	}

	@EventListener
	void forget(ProfilePageChanged changed) {
		AfterCommit.run(() -> pages.asMap().keySet().removeIf(key -> key.profile().equals(changed.profile())));
	}

	/** The profile of a request that a shared copy may answer, else none. */
	private static @Nullable UUID shared(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (!"GET".equals(request.getMethod()) || request.getQueryString() != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null || !path.startsWith(PortalPaths.PROFILES)) {
			return null;
		}
		Cookie[] cookies = request.getCookies();
		for (Cookie cookie : cookies == null ? new Cookie[0] : cookies) {
			if (!LANGUAGE_COOKIE.equals(cookie.getName())) {
				return null;
			}
		}
		String id = path.substring(PortalPaths.PROFILES.length());
		try {
			UUID profile = UUID.fromString(id);
			// one copy per page: another spelling of the id goes through to the controller
			return profile.toString().equals(id) ? profile : null;
		}
		catch (IllegalArgumentException notAnId) {
			return null;
		}
	}

	/** The page as a shared cache may keep it, or none when it may not. */
	private static @Nullable Page keepable(ContentCachingResponseWrapper response) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		String etag = response.getHeader(HttpHeaders.ETAG);
		if (response.getStatus() != HttpServletResponse.SC_OK || cacheControl == null || etag == null
				|| !cacheControl.contains("public") || cacheControl.contains("private") || cacheControl.contains("no-store")
				|| response.getHeader(HttpHeaders.SET_COOKIE) != null || response.getContentType() == null) {
			return null;
		}
		Matcher maxAge = MAX_AGE.matcher(cacheControl);
		if (!maxAge.find() || Long.parseLong(maxAge.group(1)) == 0) {
			return null;
		}
		List<String[]> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (NOT_KEPT.stream().noneMatch(name::equalsIgnoreCase)) {
				response.getHeaders(name).forEach(value -> headers.add(new String[] { name, value }));
			}
		}
		return new Page(gzip(response.getContentAsByteArray()), response.getContentType(), List.copyOf(headers), etag,
				Long.parseLong(maxAge.group(1)), System.nanoTime());
	}

	private static void send(Page page, Key key, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		for (String[] header : page.headers()) {
			response.addHeader(header[0], header[1]);
		}
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, key.language());
		// how long the page has been kept, which the browser takes off its max-age
		response.setHeader(HttpHeaders.AGE, Long.toString((System.nanoTime() - page.storedNanos()) / 1_000_000_000L));
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), page.etag())) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setContentType(page.contentType());
		byte[] body = page.gzipped();
		if (acceptsGzip(request)) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		else {
			body = gunzip(body);
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	private static boolean matches(@Nullable String ifNoneMatch, String etag) {
		if (ifNoneMatch == null) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.strip();
			if (tag.equals("*") || tag.equals(etag) || tag.equals("W/" + etag)) {
				return true;
			}
		}
		return false;
	}

	/** Whether the browser takes gzip: named in Accept-Encoding, and not with a weight of 0. */
	private static boolean acceptsGzip(HttpServletRequest request) {
		String accepted = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accepted != null && GZIP.matcher(accepted).find();
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 3 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static byte[] gunzip(byte[] gzipped) throws IOException {
		try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzipped))) {
			return in.readAllBytes();
		}
	}
}
