package org.regiolab.portal.web;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.regiolab.platform.PlatformProperties;
import org.regiolab.portal.CityPage;
import org.regiolab.portal.CityPages;
import org.regiolab.portal.PortalPaths;
import org.regiolab.portal.PublicProfiles;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sitemap search engines read to find every public page of the portal: the start page, the
 * city's offers and every published profile with the day it was last published.
 */
@Controller
class SitemapController {

	private final PublicProfiles profiles;
	private final CityPages pages;
	private final PlatformProperties platform;

	SitemapController(PublicProfiles profiles, CityPages pages, PlatformProperties platform) {
		this.profiles = profiles;
		this.pages = pages;
		this.platform = platform;
	}

	@GetMapping(path = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
	ResponseEntity<StreamingResponseBody> sitemap() {
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
			writer.write("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
			url(writer, PortalPaths.START, null);
			for (CityPage page : pages.all()) {
				url(writer, page.url(), page.updatedAt().atOffset(ZoneOffset.UTC).toLocalDate());
			}
			for (PublicProfiles.Entry entry : profiles.all()) {
				url(writer, PortalPaths.profile(entry.id()), entry.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate());
			}
			writer.write("</urlset>\n");
			writer.flush();
		};
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(body);
	}

	private void url(Writer writer, String path, LocalDate lastModified) throws java.io.IOException {
		writer.write("  <url><loc>" + HtmlUtils.htmlEscape(platform.publicUrl() + path) + "</loc>"
				+ (lastModified == null ? "" : "<lastmod>" + lastModified + "</lastmod>") + "</url>\n");
	}
}
