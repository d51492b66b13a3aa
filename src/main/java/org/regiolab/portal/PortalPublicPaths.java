package org.regiolab.portal;

import java.util.List;

import org.regiolab.platform.PublicPaths;

import org.springframework.stereotype.Component;

/**
 * The public portal without an account (start, search, profiles, city offers, open data,
 * self-registration), and the rest of the portal for every account: a business that registered
 * itself has one without a role, and the portal answers it by what it may edit.
 */
@Component
class PortalPublicPaths implements PublicPaths {

	@Override
	public List<Paths> forEverybody() {
		return List.of(
				Paths.get("/portal", "/portal/search", "/portal/profiles/{id}", "/portal/profiles/{id}/photos/{photo}",
						"/portal/offers/{slug}", "/portal/open-data/{file}", "/portal/register", "/portal/register/{token}",
						"/sitemap.xml"),
				Paths.post("/portal/register", "/portal/register/{token}"),
				Paths.get("/api/v1/portal/search", "/api/v1/portal/profiles", "/api/v1/portal/profiles/{id}",
						"/api/v1/portal/profiles/{id}/photos"));
	}

	@Override
	public List<Paths> forAnyAccount() {
		return List.of(Paths.anyMethod("/portal/**", "/api/v1/portal/**"));
	}
}
