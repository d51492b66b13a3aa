package org.regiolab.network;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The organisation picker as a coordinator uses it with the keyboard alone; the form passes the axe check. */
@IntegrationTest
class OrganisationPickerBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Test
	void aCoordinatorTypesAFewLettersChoosesWithTheArrowKeysAndSaves() {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/network/people/new");
		String family = "Tastatur-" + UUID.randomUUID().toString().substring(0, 6);
		page.getByLabel("Vorname").fill("Kim");
		page.getByLabel("Nachname").fill(family);

		Locator search = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("Organisation suchen"));
		search.pressSequentially("Handwerkskammer Mün");
		Locator option = page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions()
			.setName(Pattern.compile("^Handwerkskammer Münster")));
		assertThat(option).isVisible();
		assertThat(search).hasAttribute("aria-expanded", "true");
		browser.check();
		search.press("ArrowDown");
		assertThat(option).hasAttribute("aria-selected", "true");
		assertThat(search).hasAttribute("aria-activedescendant", option.getAttribute("id"));
		search.press("Enter");
		assertThat(search).hasAttribute("aria-expanded", "false");
		assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions()
			.setName(Pattern.compile("^Handwerkskammer Münster")))).isChecked();

		// Enter in another field saves: with the script the search button is no submit button
		page.getByLabel("Nachname").press("Enter");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(Pattern.compile(family))))
			.isVisible();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Handwerkskammer Münster")))
			.isVisible();
		browser.check();
	}
}
