package org.regiolab.portal.web;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.PlatformProperties;
import org.regiolab.portal.CityPage;
import org.regiolab.portal.CityPages;
import org.regiolab.portal.PortalPaths;
import org.regiolab.portal.PublicProfiles;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sitemap search engines read to find every public page of the portal: the start page, the
 * city's offers and every published profile with the day it was last published. A sitemap holds at
 * most 50,000 addresses; with more profiles {@code /sitemap.xml} is an index of parts
 * ({@code /sitemap.xml?part=1}, …) of {@value #PART} profiles each.
 */
@Controller
class SitemapController {

	static final int PART = 40_000;

	private final PublicProfiles profiles;
	private final CityPages pages;
	private final PlatformProperties platform;

	SitemapController(PublicProfiles profiles, CityPages pages, PlatformProperties platform) {
		this.profiles = profiles;
		this.pages = pages;
		this.platform = platform;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<StreamingResponseBody> sitemap(@RequestParam(required = false) @Nullable Integer part) {
		long count = profiles.count();
		long parts = (count + PART - 1) / PART;
		StreamingResponseBody body;
		if (part == null && parts > 1) {
			body = out -> write(out, "sitemapindex", writer -> {
				for (int i = 1; i <= parts; i++) {
					writer.write("  <sitemap><loc>" + HtmlUtils.htmlEscape(platform.publicUrl() + "/sitemap.xml?part=" + i)
							+ "</loc></sitemap>\n");
				}
			});
		}
		else if (part == null) {
			body = out -> write(out, "urlset", writer -> {
				urlsOfThePortal(writer);
				for (PublicProfiles.Entry entry : profiles.all()) {
					url(writer, PortalPaths.profile(entry.id()), day(entry));
				}
			});
		}
		else {
			body = out -> write(out, "urlset", writer -> {
				if (part == 1) {
					urlsOfThePortal(writer);
				}
				if (part >= 1) {
					for (PublicProfiles.Entry entry : profiles.slice((long) (part - 1) * PART, PART)) {
						url(writer, PortalPaths.profile(entry.id()), day(entry));
					}
				}
			});
		}
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
	}

	private interface Entries {
		void writeTo(Writer writer) throws IOException;
	}

	private static void write(java.io.OutputStream out, String root, Entries entries) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
		writer.write("<" + root + " xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		entries.writeTo(writer);
		writer.write("</" + root + ">\n");
		writer.flush();
	}

	private void urlsOfThePortal(Writer writer) throws IOException {
		url(writer, PortalPaths.START, null);
		for (CityPage page : pages.all()) {
			url(writer, page.url(), page.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate());
		}
	}

	private void url(Writer writer, String path, @Nullable LocalDate lastModified) throws IOException {
		writer.write("  <url><loc>" + HtmlUtils.htmlEscape(platform.publicUrl() + path) + "</loc>"
				+ (lastModified == null ? "" : "<lastmod>" + lastModified + "</lastmod>") + "</url>\n");
	}

	private static LocalDate day(PublicProfiles.Entry entry) {
		return entry.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate();
	}
}
