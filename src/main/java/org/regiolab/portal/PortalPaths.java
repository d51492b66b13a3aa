package org.regiolab.portal;

import java.util.UUID;

/** The addresses of the portal's public pages, written once. */
public final class PortalPaths {

	public static final String START = "/portal";
	public static final String SEARCH = "/portal/search";
	public static final String PROFILES = "/portal/profiles/";

	private PortalPaths() {
	}

	public static String profile(UUID id) {
		return PROFILES + id;
	}

	public static String offer(String slug) {
		return "/portal/offers/" + slug;
	}
}
