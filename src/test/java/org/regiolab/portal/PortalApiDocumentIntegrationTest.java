package org.regiolab.portal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes every portal endpoint of the API. */
@IntegrationTest
class PortalApiDocumentIntegrationTest {

	static final List<String> PATHS = List.of("/api/v1/portal/profiles", "/api/v1/portal/profiles/{id}",
			"/api/v1/portal/profiles/{id}/publish", "/api/v1/portal/search", "/api/v1/portal/search/index",
			"/api/v1/portal/search/index/rebuild", "/api/v1/portal/statistics/pages");

	@LocalServerPort
	int port;

	@Test
	void theDocumentListsEveryPortalPath() {
		String document = new LiveHttp(port).get("/v3/api-docs").body();
		assertThat(PATHS).allSatisfy(path -> assertThat(document).contains("\"" + path + "\":{"));
	}
}
