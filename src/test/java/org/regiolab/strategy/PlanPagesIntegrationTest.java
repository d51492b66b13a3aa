package org.regiolab.strategy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** An office keeps its plan through the pages; every one of the network's people reads it. */
@IntegrationTest
class PlanPagesIntegrationTest {

	static final RequestPostProcessor COORDINATOR = SecurityMockMvcRequestPostProcessors
		.user(DemoUser.COORDINATOR.email()).roles("COORDINATOR");
	static final RequestPostProcessor MEMBER = SecurityMockMvcRequestPostProcessors.user(DemoUser.MEMBER.email()).roles("MEMBER");

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
	void aCoordinatorEntersAPlanAGoalAnIndicatorAndAValueThroughTheForms() throws Exception {
		String title = "Zukunftsplan " + world.tag;
		String plan = mvc.perform(post("/strategy/plans").with(COORDINATOR).with(csrf())
			.param("allianceId", world.bottrop.toString()).param("kind", "ZUKUNFTSPLAN").param("title", title)
			.param("fromYear", "2021").param("toYear", "2030").param("vision", "Nachhaltig und resilient"))
			.andExpect(redirectedUrlPattern("/strategy/plans/*"))
			.andReturn().getResponse().getRedirectedUrl();
		String goal = mvc.perform(post(plan + "/goals").with(COORDINATOR).with(csrf())
			.param("title", "Fachkräfte sichern").param("weight", "1,5"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl().replaceAll(".*#goal-", "");
		String indicator = mvc.perform(post("/strategy/goals/" + goal + "/indicators").with(COORDINATOR).with(csrf())
			.param("name", "Betriebe im Netzwerk").param("unit", "Anzahl").param("direction", "MORE_IS_BETTER")
			.param("baselineValue", "1.000").param("baselineOn", "2020-01-01")
			.param("targetValue", "2.000").param("targetOn", "2040-01-01"))
			.andExpect(redirectedUrlPattern("/strategy/indicators/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(post(indicator + "/values").with(COORDINATOR).with(csrf())
			.param("value", "1.500,5").param("measuredOn", "2024-06-30").param("source", "Zählung"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get(plan).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(title), containsString("Fachkräfte sichern"),
					containsString("Gewicht 1,5"), containsString("1.500,5"), containsString("50 % des Wegs zum Ziel"))));
		mvc.perform(get(indicator).with(COORDINATOR))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("<svg"), containsString("30.06.2024"), containsString("Zählung"),
					containsString("1.000 am 01.01.2020"))));
	}

	@Test
	void aPeriodThatEndsBeforeItBeginsIsRefusedAtTheFinalYearAndNothingIsStored() throws Exception {
		long before = count("strategy_plan");
		mvc.perform(post("/strategy/plans").with(COORDINATOR).with(csrf())
			.param("allianceId", world.bottrop.toString()).param("kind", "MASTERPLAN").param("title", "Rückwärts " + world.tag)
			.param("fromYear", "2030").param("toYear", "2021"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"toYear-error\""),
					containsString("Das Endjahr liegt vor dem Anfangsjahr."))));
		assertThat(count("strategy_plan")).isEqualTo(before);
	}

	@Test
	void aGoalMovedUnderItsOwnSubGoalIsRefusedAtItsParentAndStaysWhereItWas() throws Exception {
		UUID plan = world.plan();
		UUID goal = world.goal(plan, "Handel");
		UUID sub = world.subGoal(plan, goal, "Fairtrade");
		mvc.perform(post("/strategy/goals/" + goal).with(COORDINATOR).with(csrf())
			.param("title", "Handel").param("weight", "1").param("parentId", sub.toString()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"parentId-error\""),
					containsString("Ein Ziel kann nicht sich selbst oder einem seiner Unterziele dienen."))));
		assertThat(world.goals.load(goal).parentId()).isNull();
	}

	@Test
	void aWeightOfMinusOneIsRefusedAtTheWeightAndNothingIsStored() throws Exception {
		UUID plan = world.plan();
		mvc.perform(post("/strategy/plans/" + plan + "/goals").with(COORDINATOR).with(csrf())
			.param("title", "Negativ").param("weight", "-1"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"weight-error\""),
					containsString("Das Gewicht ist eine Zahl von 0 bis 999.999."))));
		assertThat(world.goals.of(plan)).isEmpty();
	}

	@Test
	void aTargetDateBeforeTheBaselineIsRefusedAtTheTargetDateAndNothingIsStored() throws Exception {
		UUID goal = world.goal(world.plan(), "Ziel");
		long before = count("strategy_indicator");
		mvc.perform(post("/strategy/goals/" + goal + "/indicators").with(COORDINATOR).with(csrf())
			.param("name", "Rückwärts").param("direction", "MORE_IS_BETTER")
			.param("baselineValue", "1").param("baselineOn", "2024-01-01")
			.param("targetValue", "2").param("targetOn", "2023-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"targetOn-error\""),
					containsString("Das Zieldatum muss nach dem Datum des Ausgangswerts liegen."))));
		assertThat(count("strategy_indicator")).isEqualTo(before);
	}

	@Test
	void aValueThatIsNotANumberIsRefusedAtItsFieldOnTheIndicatorPage() throws Exception {
		UUID indicator = world.indicator(world.goal(world.plan(), "Ziel"));
		mvc.perform(post("/strategy/indicators/" + indicator + "/values").with(COORDINATOR).with(csrf())
			.param("value", "viele").param("measuredOn", "2024-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"value-error\"")));
		assertThat(world.indicators.values(indicator)).isEmpty();
	}

	@Test
	void aMemberReadsThePlanWithoutTheEditorsLinksAndMayNotChangeIt() throws Exception {
		UUID plan = world.plan();
		UUID goal = world.goal(plan, "Sichtbarkeit");
		mvc.perform(get("/strategy/plans/" + plan).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Sichtbarkeit"), not(containsString("Ziel hinzufügen")))));
		mvc.perform(post("/strategy/goals/" + goal + "/delete").with(MEMBER).with(csrf())).andExpect(status().isForbidden());
		assertThat(world.goals.of(plan)).hasSize(1);
	}

	@Test
	void theListFiltersByAlliance() throws Exception {
		mvc.perform(get("/strategy").param("alliance", world.nuremberg.toString()).with(MEMBER))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString(StrategyDemoWorld.NUREMBERG_PLAN),
					not(containsString(StrategyDemoWorld.BOTTROP_PLAN)))));
	}

	@Test
	void theCsvListsEveryIndicatorWithItsProgress() throws Exception {
		UUID plan = world.plan();
		UUID indicator = world.indicator(world.goal(plan, "Netzwerk"));
		world.value(indicator, 150, LocalDate.of(2024, 1, 1));
		MvcResult download = mvc.perform(get("/strategy/plans/" + plan + "/indicators.csv").with(MEMBER)).andReturn();
		String csv = mvc.perform(asyncDispatch(download))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(2);
		assertThat(csv.lines().toList().get(0)).startsWith("\uFEFFZiel;Indikator;Einheit;Richtung");
		assertThat(csv.lines().toList().get(1)).startsWith("Netzwerk;Betriebe " + world.tag + ";Anzahl;mehr ist besser;100;01.01.2020;200;01.01.2040;150;01.01.2024;50;50;");
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}
}
