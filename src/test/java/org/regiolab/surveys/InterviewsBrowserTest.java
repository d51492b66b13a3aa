package org.regiolab.surveys;

import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The interview pages in Chromium as a coordinator uses them: each passes axe and fits 320 and 1280
 * pixels; a passage selected in an answer is coded through the script.
 */
@IntegrationTest
class InterviewsBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyInterviewPagePassesTheChecks() {
		browser.signIn(DemoUser.COORDINATOR);
		UUID guide = jdbc.sql("select id from interview_guide where title like 'Leitfaden: Geflüchtete%'").query(UUID.class).single();
		UUID interview = jdbc.sql("select id from interview where label = 'Betrieb A (Sanitär, Heizung, Klima)'").query(UUID.class).single();
		UUID code = jdbc.sql("select id from interview_code where guide = ? and name = 'Sprache'").param(guide).query(UUID.class).single();
		for (String path : new String[] { "/interviews", "/interviews/guides/new", "/interviews/guides/" + guide,
				"/interviews/guides/" + guide + "/edit", "/interviews/" + interview, "/interviews/" + interview + "/edit",
				"/interviews/guides/" + guide + "/interviews/new", "/interviews/guides/" + guide + "/codes",
				"/interviews/codes/" + code + "/edit", "/interviews/guides/" + guide + "/matrix?code=" + code }) {
			assertThat(browser.visit(path).status()).as(path).isEqualTo(200);
			screenshot(browser.page(), path);
		}
	}

	@Test
	void aPassageSelectedInAnAnswerIsCodedThroughTheScript() {
		browser.signIn(DemoUser.COORDINATOR);
		UUID interview = jdbc.sql("select id from interview where label = 'Betrieb C (Kfz-Werkstatt)'").query(UUID.class).single();
		Page page = browser.page();
		browser.visit("/interviews/" + interview);
		Locator answer = page.locator("[data-answer]").nth(2);
		String passage = "Ein Kollege übersetzt am Anfang.";
		// select the passage as a mouse would
		answer.evaluate("(answer, passage) => { const text = answer.firstChild; const at = text.data.indexOf(passage);"
				+ " const range = document.createRange(); range.setStart(text, at); range.setEnd(text, at + passage.length);"
				+ " const selection = document.getSelection(); selection.removeAllRanges(); selection.addRange(range); }", passage);
		Locator form = page.locator("form.coding-form").nth(2);
		assertThat(form.getByRole(AriaRole.BUTTON)).hasText("Markierte Stelle kodieren");
		form.getByLabel("Code").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Sprache"));
		form.getByRole(AriaRole.BUTTON).click();
		assertThat(page.getByText("Die Stelle wurde kodiert.")).isVisible();
		browser.check();
		assertThat(jdbc.sql("select quote from interview_coding where interview = ? order by created_at desc limit 1")
			.param(interview).query(String.class).single()).isEqualTo(passage);
		assertThat(page.locator("[data-answer]").nth(2).locator("mark")).hasText(passage);
		screenshot(page, "coded");
	}

	private static void screenshot(Page page, String name) {
		String file = name.replaceAll("[^a-z0-9]+", "-").replaceAll("-[0-9a-f]{8}-[0-9a-f-]{27}", "");
		for (int width : new int[] { 320, 1280 }) {
			page.setViewportSize(width, 900);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target/interview-screens/" + file + "-" + width + ".png")));
		}
	}
}
