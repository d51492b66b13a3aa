package org.regiolab.web;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class LayoutBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Test
	void theStartPageIsGermanByDefault() {
		browser.visit("/");

		Page page = browser.page();
		assertThat(page.locator("html")).hasAttribute("lang", "de");
		assertThat(heading(page)).hasText("RegioLab");
		assertThat(page.getByText("RegioLab ist die offene Plattform")).isVisible();
	}

	@Test
	void aBrowserInAnUnsupportedLanguageGetsGerman() {
		Page page = browser.newPage(options -> options.setLocale("fr-FR"));
		browser.visit(page, "/");

		assertThat(page.locator("html")).hasAttribute("lang", "de");
	}

	@Test
	void theEnglishLinkSwitchesToEnglishAndTheChoiceIsRemembered() {
		browser.visit("/");
		Page page = browser.page();

		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English")).click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.getByText("RegioLab is the open platform")).isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English"))).hasAttribute("aria-current", "true");
		browser.check();

		assertThat(page.context().cookies()).anySatisfy(cookie -> {
			assertThat(cookie.name).isEqualTo("regiolab-lang");
			assertThat(cookie.value).isEqualTo("en");
		});
		browser.visit("/login");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(heading(page)).hasText("Sign in");
	}

	@Test
	void aBrowserThatPrefersEnglishGetsEnglish() {
		Page page = browser.newPage(options -> options.setLocale("en-US"));
		browser.visit(page, "/");

		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.getByText("Skip to content")).isAttached();
	}

	@Test
	void theSkipLinkIsTheFirstStopOfTheKeyboardAndLeadsToTheContent() {
		browser.visit("/");
		Page page = browser.page();
		Locator skipLink = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Inhalt springen"));

		page.keyboard().press("Tab");
		assertThat(skipLink).isFocused();
		assertThat(skipLink).isInViewport();

		page.keyboard().press("Enter");
		assertThat(page.locator("main")).isFocused();
	}

	@Test
	void thePagesNeedNoHorizontalScrollingAt320Pixels() {
		Page page = browser.newPage(options -> options.setViewportSize(320, 640));
		browser.visit(page, "/");
		assertFitsWidth(page, 320);
		browser.visit(page, "/login");
		assertFitsWidth(page, 320);

		browser.signIn(page, DemoUser.ADMIN.email(), DemoUser.ADMIN.password());
		assertFitsWidth(page, 320);
		browser.visit(page, "/network/alliances");
		assertFitsWidth(page, 320);
		browser.visit(page, "/admin/users/new");
		assertFitsWidth(page, 320);
	}

	@Test
	void theCheckFailsAPageWiderThanAPhone() {
		Page page = browser.page();
		page.setContent(document("<p id=\"wide\" style=\"width: 600px\">Breit</p>"));

		assertThatThrownBy(() -> browser.check(page)).hasMessageContaining("at 320 px the page is")
			.hasMessageContaining("p#wide")
			.hasMessageNotContaining("at 1280 px");
	}

	@Test
	void theCheckFailsALabelThatStandsAboveAnotherField() {
		Page page = browser.page();
		page.setContent(document("""
				<div style="display: grid; grid-template-columns: 1fr 1fr">
				  <label for="rounds">Runden</label><label for="tables">Tische</label>
				  <input id="tables"><input id="rounds">
				</div>"""));

		assertThatThrownBy(() -> browser.check(page))
			.hasMessageContaining("label \"Runden\" does not stand by its field input#rounds")
			.hasMessageContaining("label \"Tische\" does not stand by its field input#tables");
	}

	@Test
	void anUnknownAddressShowsTheFriendlyNotFoundPage() {
		browser.signIn(DemoUser.MEMBER);

		int status = browser.visit("/gibt-es-nicht").status();

		assertThat(status).isEqualTo(404);
		assertThat(heading(browser.page())).hasText("Nicht gefunden");
		assertThat(browser.page().getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zur Startseite"))).isVisible();
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private static String document(String content) {
		return "<!DOCTYPE html><html lang=\"de\"><head><title>Probe</title></head><body><main>" + content + "</main></body></html>";
	}

	private static void assertFitsWidth(Page page, int width) {
		int scrollWidth = (int) page.evaluate("document.documentElement.scrollWidth");
		assertThat(scrollWidth).as("width of %s", page.url()).isLessThanOrEqualTo(width);
	}
}
