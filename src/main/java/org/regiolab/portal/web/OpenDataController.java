package org.regiolab.portal.web;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.regiolab.platform.CsvExport;
import org.regiolab.platform.PlatformProperties;
import org.regiolab.portal.PortalCategories;
import org.regiolab.portal.PortalPaths;
import org.regiolab.portal.ProfileContent;
import org.regiolab.portal.PublicProfiles;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The published profiles as open data, for anybody to reuse: CSV for spreadsheets, JSON for
 * programs. Only what the businesses published for the public is in it, streamed as it is read.
 */
@Controller
class OpenDataController {

	static final List<String> COLUMNS = List.of("id", "name", "shortDescription", "categories", "street", "postalCode",
			"city", "district", "openingHours", "phone", "email", "website", "url", "publishedAt");

	private final PublicProfiles profiles;
	private final PortalCategories categories;
	private final PlatformProperties platform;
	private final JsonMapper json;

	OpenDataController(PublicProfiles profiles, PortalCategories categories, PlatformProperties platform, JsonMapper json) {
		this.profiles = profiles;
		this.categories = categories;
		this.platform = platform;
		this.json = json;
	}

	@GetMapping(path = "/portal/open-data/profiles.csv", produces = "text/csv")
	ResponseEntity<StreamingResponseBody> csv() {
		return CsvExport.<PublicProfiles.Entry>of("stadtportal-betriebe.csv", COLUMNS, profiles.all()::forEach, entry -> {
			ProfileContent content = entry.content();
			return List.of(entry.id(), content.name(), text(content.shortDescription()),
					String.join(", ", content.categories().stream().map(key -> categories.name(key, Locale.GERMAN)).toList()),
					text(content.street()), text(content.postalCode()), text(content.city()), text(content.district()),
					text(content.openingHours()), text(content.phone()), text(content.email()), text(content.website()),
					url(entry), entry.publishedAt().atOffset(ZoneOffset.UTC).toString());
		});
	}

	@GetMapping(path = "/portal/open-data/profiles.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<StreamingResponseBody> json() {
		StreamingResponseBody body = out -> {
			try (JsonGenerator generator = json.createGenerator(out)) {
				generator.writeStartArray();
				for (PublicProfiles.Entry entry : profiles.all()) {
					ProfileContent content = entry.content();
					generator.writeStartObject();
					generator.writeStringProperty("id", entry.id().toString());
					generator.writeStringProperty("url", url(entry));
					generator.writeStringProperty("publishedAt", entry.publishedAt().toString());
					generator.writeName("profile");
					generator.writePOJO(content);
					generator.writeEndObject();
				}
				generator.writeEndArray();
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename("stadtportal-betriebe.json").build().toString())
			.body(body);
	}

	private String url(PublicProfiles.Entry entry) {
		return platform.publicUrl() + PortalPaths.profile(entry.id());
	}

	private static String text(String value) {
		return value == null ? "" : value;
	}

}
