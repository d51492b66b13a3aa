package org.regiolab.feedback;

import java.util.List;

import org.regiolab.platform.PublicPaths;

import org.springframework.stereotype.Component;

/**
 * Visitors leave feedback at a station without an account: its page, reached by the QR code, the
 * service worker that keeps the page offline, and the API its script sends to (limited per device).
 */
@Component
class FeedbackPublicPaths implements PublicPaths {

	@Override
	public List<Paths> forEverybody() {
		return List.of(
				Paths.get("/stations/{id}/feedback", "/stations/capture-sw.js"),
				Paths.post("/stations/{id}/feedback", "/api/v1/stations/{id}/feedback"));
	}
}
