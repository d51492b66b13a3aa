package org.regiolab.strategy;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Plans, goals, indicators, values and progress through /api/v1/plans, as an office's own tools use them. */
@IntegrationTest
class PlanApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationContext context;

	PlanWorld world;

	@BeforeEach
	void world() {
		world = new PlanWorld(context);
	}

	@Test
	void everyEndpointWorksWithOnlyItsRequiredFieldsAndEachOptionalFieldNull() throws Exception {
		String plan = created(send(post("/api/v1/plans"), """
				{"allianceId": "%s", "kind": "MASTERPLAN", "title": "Masterplan %s", "fromYear": 2022, "toYear": 2030,
				 "vision": null}""".formatted(world.bottrop, world.tag))
			.andExpect(jsonPath("$.vision").value(nullValue()))
			.andExpect(jsonPath("$.allianceName").value(StrategyDemoWorld.BOTTROP)));
		String goal = created(send(post("/api/v1/plans/" + plan + "/goals"),
				"{\"title\": \"Digitalisierung\", \"description\": null, \"weight\": null, \"parentId\": null, \"position\": null}")
			.andExpect(jsonPath("$.weight").value(1))
			.andExpect(jsonPath("$.parentId").value(nullValue()))
			.andExpect(jsonPath("$.position").value(0)));
		String indicator = created(send(post("/api/v1/plans/goals/" + goal + "/indicators"), """
				{"name": "Betriebe mit Website", "unit": null, "direction": "MORE_IS_BETTER", "baselineValue": 40,
				 "baselineOn": "2022-01-01", "targetValue": 80.5, "targetOn": "2030-01-01"}""")
			.andExpect(jsonPath("$.unit").value(nullValue()))
			.andExpect(jsonPath("$.source").value("ENTERED"))
			.andExpect(jsonPath("$.targetValue").value(80.5)));
		String value = created(send(post("/api/v1/plans/indicators/" + indicator + "/values"),
				"{\"value\": 60, \"measuredOn\": \"2026-01-01\", \"source\": null}")
			.andExpect(jsonPath("$.source").value(nullValue())));

		send(put("/api/v1/plans/" + plan), """
				{"allianceId": "%s", "kind": "STRATEGIE", "title": "Strategie %s", "fromYear": 2022, "toYear": 2030}"""
			.formatted(world.nuremberg, world.tag))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.allianceName").value(StrategyDemoWorld.NUREMBERG));
		send(put("/api/v1/plans/goals/" + goal), "{\"title\": \"Digitalisierung im Handwerk\", \"weight\": 2.5}")
			.andExpect(jsonPath("$.weight").value(2.5));
		send(put("/api/v1/plans/indicators/" + indicator), """
				{"name": "Betriebe mit Website", "direction": "MORE_IS_BETTER", "baselineValue": 40,
				 "baselineOn": "2022-01-01", "targetValue": 80, "targetOn": "2030-01-01"}""")
			.andExpect(status().isOk());
		send(put("/api/v1/plans/values/" + value), "{\"value\": 60, \"measuredOn\": \"2026-01-01\"}").andExpect(status().isOk());

		mvc.perform(get("/api/v1/plans").param("alliance", world.nuremberg.toString()).with(member()))
			.andExpect(jsonPath("$.items[?(@.id == '%s')].title".formatted(plan)).value("Strategie " + world.tag));
		mvc.perform(get("/api/v1/plans/" + plan + "/goals").with(member())).andExpect(jsonPath("$", hasSize(1)));
		mvc.perform(get("/api/v1/plans/goals/" + goal).with(member())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/plans/indicators/" + indicator).with(member())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/plans/indicators/" + indicator + "/values").with(member()))
			.andExpect(jsonPath("$[0].value").value(60));
		mvc.perform(get("/api/v1/plans/values/" + value).with(member())).andExpect(status().isOk());
		mvc.perform(get("/api/v1/plans/" + plan + "/progress").with(member()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.plan.title").value("Strategie " + world.tag))
			.andExpect(jsonPath("$.goals[0].goal.title").value("Digitalisierung im Handwerk"))
			.andExpect(jsonPath("$.goals[0].indicators[0].latest.value").value(60))
			.andExpect(jsonPath("$.goals[0].indicators[0].progress.percent").value(50))
			.andExpect(jsonPath("$.goals[0].progress.percent").value(50));

		mvc.perform(delete("/api/v1/plans/values/" + value).with(coordinator())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/plans/indicators/" + indicator).with(coordinator())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/plans/goals/" + goal).with(coordinator())).andExpect(status().isNoContent());
		mvc.perform(delete("/api/v1/plans/" + plan).with(coordinator())).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/plans/" + plan).with(coordinator())).andExpect(status().isNotFound());
	}

	@Test
	void aPlanWhosePeriodEndsBeforeItBeginsOrOfAnUnknownAllianceIsRefusedAndNothingIsStored() throws Exception {
		long before = count("strategy_plan");
		send(post("/api/v1/plans"), """
				{"allianceId": "%s", "kind": "MASTERPLAN", "title": "Rückwärts", "fromYear": 2030, "toYear": 2022}"""
			.formatted(world.bottrop))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("toYear"));
		send(post("/api/v1/plans"), """
				{"allianceId": "%s", "kind": "MASTERPLAN", "title": "Niemandes", "fromYear": 2022, "toYear": 2030}"""
			.formatted(UUID.randomUUID()))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("allianceId"));
		send(post("/api/v1/plans"), """
				{"allianceId": "%s", "kind": "ROADMAP", "title": "Unbekannte Art", "fromYear": 2022, "toYear": 2030}"""
			.formatted(world.bottrop))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		send(post("/api/v1/plans"), "{\"allianceId\": \"%s\", \"kind\": \"MASTERPLAN\"}".formatted(world.bottrop))
			.andExpect(status().isUnprocessableContent());
		assertThat(count("strategy_plan")).isEqualTo(before);
	}

	@Test
	void aWeightOfMinusOneAndAGoalMovedUnderItsOwnSubGoalAreRefusedAndNothingChanges() throws Exception {
		UUID plan = world.plan();
		UUID goal = world.goal(plan, "Handel");
		UUID sub = world.subGoal(plan, goal, "Fairtrade");
		send(post("/api/v1/plans/" + plan + "/goals"), "{\"title\": \"Negativ\", \"weight\": -1}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("weight"));
		send(put("/api/v1/plans/goals/" + goal), "{\"title\": \"Handel\", \"parentId\": \"%s\"}".formatted(sub))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		send(put("/api/v1/plans/goals/" + goal), "{\"title\": \"Handel\", \"parentId\": \"%s\"}".formatted(goal))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		send(post("/api/v1/plans/" + plan + "/goals"), "{\"title\": \"Fremd\", \"parentId\": \"%s\"}".formatted(world.goal(world.plan(), "anderer Plan")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("parentId"));
		assertThat(world.goals.of(plan)).extracting(Goal::title).containsExactlyInAnyOrder("Handel", "Fairtrade");
		assertThat(world.goals.load(goal).parentId()).isNull();
	}

	@Test
	void anIndicatorWhoseTargetComesBeforeItsBaselineOrLiesTheWrongWayIsRefusedAndNothingIsStored() throws Exception {
		UUID goal = world.goal(world.plan(), "Ziel");
		long before = count("strategy_indicator");
		send(post("/api/v1/plans/goals/" + goal + "/indicators"), """
				{"name": "Rückwärts", "direction": "MORE_IS_BETTER", "baselineValue": 1, "baselineOn": "2024-01-01",
				 "targetValue": 2, "targetOn": "2024-01-01"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("targetOn"));
		send(post("/api/v1/plans/goals/" + goal + "/indicators"), """
				{"name": "Falsche Richtung", "direction": "LESS_IS_BETTER", "baselineValue": 1, "baselineOn": "2024-01-01",
				 "targetValue": 2, "targetOn": "2030-01-01"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("targetValue"));
		send(post("/api/v1/plans/goals/" + goal + "/indicators"), """
				{"name": "Riesig", "direction": "MORE_IS_BETTER", "baselineValue": 1, "baselineOn": "2024-01-01",
				 "targetValue": 1e20, "targetOn": "2030-01-01"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("targetValue"));
		send(post("/api/v1/plans/goals/" + goal + "/indicators"), """
				{"name": "Ferne Zukunft", "direction": "MORE_IS_BETTER", "baselineValue": 1, "baselineOn": "2024-01-01",
				 "targetValue": 2, "targetOn": "+100000-01-01"}""")
			.andExpect(status().isUnprocessableContent());
		assertThat(count("strategy_indicator")).isEqualTo(before);
	}

	@Test
	void aValueThatIsNotANumberIsRefusedAndNothingIsStored() throws Exception {
		UUID indicator = world.indicator(world.goal(world.plan(), "Ziel"));
		send(post("/api/v1/plans/indicators/" + indicator + "/values"), "{\"value\": \"viele\", \"measuredOn\": \"2024-01-01\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
		send(post("/api/v1/plans/indicators/" + indicator + "/values"), "{\"value\": 5}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("measuredOn"));
		assertThat(world.indicators.values(indicator)).isEmpty();
	}

	@Test
	void aNulCharacterInATitleIsDroppedRatherThanRefusedByTheDatabase() throws Exception {
		send(post("/api/v1/plans"), """
				{"allianceId": "%s", "kind": "MASTERPLAN", "title": "Null\\u0000plan %s", "fromYear": 2022, "toYear": 2030}"""
			.formatted(world.bottrop, world.tag))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.title").value("Nullplan " + world.tag));
	}

	@Test
	void aMemberReadsPlansButMayNotWriteThem() throws Exception {
		UUID plan = world.plan();
		mvc.perform(get("/api/v1/plans/" + plan + "/progress").with(member())).andExpect(status().isOk());
		mvc.perform(post("/api/v1/plans/" + plan + "/goals").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\": \"Von einem Mitglied\"}").with(member()))
			.andExpect(status().isForbidden());
		assertThat(world.goals.of(plan)).isEmpty();
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String body) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).content(body).with(coordinator()));
	}

	private static String created(ResultActions result) throws Exception {
		return JsonPath.read(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}

	private static RequestPostProcessor coordinator() {
		return httpBasic(DemoUser.COORDINATOR.email(), DemoUser.COORDINATOR.password());
	}

	private static RequestPostProcessor member() {
		return httpBasic(DemoUser.MEMBER.email(), DemoUser.MEMBER.password());
	}
}
