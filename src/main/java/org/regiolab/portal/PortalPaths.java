package org.regiolab.portal;

import java.util.UUID;

/** The addresses of the portal's public pages, written once. */
public final class PortalPaths {

	public static final String START = "/portal";
	public static final String SEARCH = "/portal/search";

	private PortalPaths() {
	}

	public static String profile(UUID id) {
		return "/portal/profiles/" + id;
	}

	public static String offer(String slug) {
		return "/portal/offers/" + slug;
	}
}
