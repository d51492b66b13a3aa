package org.regiolab.portal.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.regiolab.portal.ProfileContent;
import org.regiolab.portal.OpeningHours;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * A profile as schema.org {@code LocalBusiness} in JSON-LD, for search engines. Written with the
 * JSON mapper, so every value is escaped; {@code </} is broken up as well, so that no value can
 * end the script element it stands in.
 */
@Component
class ProfileJsonLd {

	private final JsonMapper json;

	ProfileJsonLd(JsonMapper json) {
		this.json = json;
	}

	String of(ProfileContent content, OpeningHours hours, String pageUrl) {
		Map<String, Object> business = new LinkedHashMap<>();
		business.put("@context", "https://schema.org");
		business.put("@type", "LocalBusiness");
		business.put("@id", pageUrl);
		business.put("url", pageUrl);
		business.put("name", content.name());
		putIfPresent(business, "description", content.shortDescription());
		putIfPresent(business, "telephone", content.phone());
		putIfPresent(business, "email", content.email());
		if (content.website() != null || !content.socialLinks().isEmpty()) {
			business.put("sameAs", content.website() == null ? content.socialLinks()
					: concat(content.website(), content.socialLinks()));
		}
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		putIfPresent(address, "streetAddress", content.street());
		putIfPresent(address, "postalCode", content.postalCode());
		putIfPresent(address, "addressLocality", content.city());
		address.put("addressCountry", "DE");
		business.put("address", address);
		if (!hours.isEmpty()) {
			business.put("openingHours", List.of(hours.text().split("; ")));
		}
		if (!content.languages().isEmpty()) {
			business.put("knowsLanguage", content.languages());
		}
		return json.writeValueAsString(business).replace("</", "<\\/");
	}

	private static List<String> concat(String first, List<String> rest) {
		List<String> all = new java.util.ArrayList<>();
		all.add(first);
		all.addAll(rest);
		return all;
	}

	private static void putIfPresent(Map<String, Object> map, String key, Object value) {
		if (value != null) {
			map.put(key, value);
		}
	}
}
