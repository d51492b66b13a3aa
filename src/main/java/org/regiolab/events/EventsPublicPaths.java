package org.regiolab.events;

import java.util.List;

import org.regiolab.platform.PublicPaths;

import org.springframework.stereotype.Component;

/**
 * The public side of events: list, page, registration, the cancellation link, calendar files and
 * feeds, and a public event's public documentation. Members-only events are refused to anonymous
 * callers by the pages themselves.
 */
@Component
class EventsPublicPaths implements PublicPaths {

	@Override
	public List<Paths> forEverybody() {
		return List.of(
				Paths.get("/events", "/events/{id}", "/events/{id}/calendar.ics", "/events/registrations/{token}",
						"/calendar/**", "/events/{id}/documentation", "/events/{id}/documentation/{entry}/file"),
				Paths.post("/events/{id}/registrations", "/events/registrations/{token}"),
				Paths.get("/api/v1/events", "/api/v1/events/{id}", "/api/v1/events/{id}/calendar.ics"),
				Paths.post("/api/v1/events/{id}/registrations"));
	}
}
