package org.regiolab.strategy;

import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document describes every plans endpoint, and the bodies by names of their own: two
 * records of one simple name would share one schema, and one of them would be described wrongly.
 */
@IntegrationTest
class PlanApiDocumentIntegrationTest {

	static final List<String> PATHS = List.of("/api/v1/plans", "/api/v1/plans/{id}", "/api/v1/plans/{id}/progress",
			"/api/v1/plans/{id}/goals", "/api/v1/plans/goals/{id}", "/api/v1/plans/goals/{id}/indicators",
			"/api/v1/plans/indicators/{id}", "/api/v1/plans/indicators/{id}/values", "/api/v1/plans/values/{id}");

	@LocalServerPort
	int port;

	@Test
	void theDocumentListsEveryPlansPath() {
		String document = new LiveHttp(port).get("/v3/api-docs").body();
		assertThat(PATHS).allSatisfy(path -> assertThat(document).contains("\"" + path + "\":{"));
	}

	@Test
	void theBodiesAreDescribedByTheirOwnFields() {
		String document = new LiveHttp(port).get("/v3/api-docs").body();
		assertThat(JsonPath.<java.util.Map<String, Object>>read(document, "$.components.schemas.PlanBody.properties"))
			.containsKeys("allianceId", "kind", "title", "fromYear", "toYear", "vision");
		assertThat(JsonPath.<java.util.Map<String, Object>>read(document, "$.components.schemas.GoalProgress.properties"))
			.containsKeys("goal", "depth", "progress", "indicators", "subGoals");
		assertThat(JsonPath.<java.util.Map<String, Object>>read(document, "$.components.schemas.Progress.properties"))
			.containsKeys("share", "elapsed", "status", "percent", "reached");
	}
}
