package org.regiolab.strategy;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.support.Locators.button;
import static org.regiolab.support.Locators.field;
import static org.regiolab.support.Locators.heading;

/**
 * The strategy's pages in Chromium, on a phone (320 pixels) and a desktop (1280): the plan with its
 * goal tree and the progress in words, an indicator with its trend and table, and a form that
 * refuses a weight of -1 at its field. Every page passes axe and reflows without sideways scrolling.
 */
@IntegrationTest
class StrategyBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePlanAndAnIndicatorPassTheChecksOnAPhoneAndADesktop() {
		UUID plan = jdbc.sql("select id from strategy_plan where title = ?").param(StrategyDemoWorld.NUREMBERG_PLAN)
			.query(UUID.class).single();
		UUID indicator = jdbc.sql("select id from strategy_indicator where name = 'Unbesetzte Ausbildungsstellen am Jahresende'")
			.query(UUID.class).single();
		for (Page page : List.of(phone(), browser.newPage(options -> options.setViewportSize(1280, 900)))) {
			browser.signIn(page, DemoUser.MEMBER.email(), DemoUser.MEMBER.password());
			browser.visit(page, "/strategy");
			browser.visit(page, "/strategy/plans/" + plan);
			assertThat(heading(page, StrategyDemoWorld.NUREMBERG_PLAN)).isVisible();
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.HEADING,
					new Page.GetByRoleOptions().setName("Fachkräfte in der Region entwickeln und halten (Allianz pro Fachkräfte)")))
				.isVisible();
			assertThat(page.getByText("im Verzug").first()).isVisible();
			browser.visit(page, "/strategy/indicators/" + indicator);
			assertThat(page.locator("svg[role=img]")).hasAttribute("aria-labelledby", "indicator-trend-title");
			assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.TABLE)).containsText("31.12.2018");
			assertThat(page.getByText("weniger ist besser")).isVisible();
		}
	}

	@Test
	void aCoordinatorsGoalWithAWeightOfMinusOneIsRefusedAtTheWeight() {
		UUID plan = jdbc.sql("select id from strategy_plan where title = ?").param(StrategyDemoWorld.BOTTROP_PLAN)
			.query(UUID.class).single();
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/strategy/plans/" + plan + "/goals/new");
		field(page, "Titel").fill("Innenstadt beleben");
		field(page, "Gewicht").fill("-1");
		button(page, "Speichern").click();
		assertThat(field(page, "Gewicht")).hasAttribute("aria-invalid", "true");
		assertThat(field(page, "Gewicht")).hasAccessibleDescription(Pattern.compile("Das Gewicht ist eine Zahl von 0 bis 999.999"));
		browser.check();
		browser.visit("/strategy/plans/" + plan + "/edit");
		browser.visit("/strategy/goals/" + jdbc.sql("select id from strategy_goal where plan = ? and parent is null order by position limit 1")
			.param(plan).query(UUID.class).single() + "/indicators/new");
		assertThat(jdbc.sql("select count(*) from strategy_goal where title = 'Innenstadt beleben'").query(Long.class).single()).isZero();
	}

	private static Page phone() {
		return browser.newPage(options -> options.setViewportSize(320, 640));
	}
}
