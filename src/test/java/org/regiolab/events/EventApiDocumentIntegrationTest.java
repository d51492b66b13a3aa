package org.regiolab.events;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes every events endpoint that integrators are told about. */
@IntegrationTest
class EventApiDocumentIntegrationTest {

	static final List<String> PATHS = List.of("/api/v1/events", "/api/v1/events/{id}", "/api/v1/events/{event}/registrations",
			"/api/v1/events/{event}/registrations/{registration}",
			"/api/v1/events/{event}/registrations/{registration}/check-in", "/api/v1/events/{event}/walk-ins",
			"/api/v1/events/{id}/statistics", "/api/v1/event-statistics", "/api/v1/events/{id}/calendar.ics",
			"/api/v1/events/{id}/slots", "/api/v1/slots/{id}/booking", "/api/v1/slots/{id}/advice",
			"/api/v1/events/{id}/pitches", "/api/v1/events/{id}/documentation");

	@LocalServerPort
	int port;

	@Test
	void theDocumentListsEveryEventsPath() {
		String document = new LiveHttp(port).get("/v3/api-docs").body();
		assertThat(PATHS).allSatisfy(path -> assertThat(document).contains("\"" + path + "\":{"));
	}
}
