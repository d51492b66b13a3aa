package org.regiolab.accounts;

import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class RolesBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Test
	void theLoginPageListsTheDemoLoginsReadableWithoutScrolling() {
		browser.visit("/login");
		Page page = browser.page();

		Locator rows = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Demo-Zugänge"))
			.getByRole(AriaRole.ROW);
		assertThat(rows).hasCount(1 + DemoUser.values().length);
		assertContainsAll(rows.nth(1), "Administration", DemoUser.ADMIN.email(), DemoUser.ADMIN.password());
		assertContainsAll(rows.nth(2), "Koordination", DemoUser.COORDINATOR.email(), DemoUser.COORDINATOR.password());
		assertContainsAll(rows.nth(3), "Mitglied", DemoUser.MEMBER.email(), DemoUser.MEMBER.password());
		assertContainsAll(rows.nth(4), "Expertin/Experte", DemoUser.EXPERT.email(), DemoUser.EXPERT.password());
		assertThat((boolean) page.evaluate("() => { const wrap = document.querySelector('.demo-logins .table-wrap');"
				+ " return wrap.scrollWidth <= wrap.clientWidth; }")).as("the table fits its column").isTrue();
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			ADMIN,       1, 200, Benutzer
			COORDINATOR, 0, 403, Kein Zugriff
			MEMBER,      0, 403, Kein Zugriff
			EXPERT,      0, 403, Kein Zugriff
			""")
	void everyRoleSeesTheNetworkTheLabsAndItsTokensButOnlyTheAdministrationTheUsers(DemoUser user, int userLinks,
			int usersStatus, String usersHeading) {
		browser.signIn(user);
		Page page = browser.page();
		assertThat(page.getByRole(AriaRole.BANNER)).containsText("Angemeldet als " + user.email());
		assertThat(navigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Benutzer"))).hasCount(userLinks);

		// the demo world has more alliances than a page shows: searched as a user would
		browser.visit("/network/alliances?q=Bottrop");
		assertThat(main(page)).containsText("Wirtschaftsallianz Bottrop");
		browser.visit("/network/alliances?q=Metropolregion");
		assertThat(main(page)).containsText("Metropolregion Nürnberg");
		// searched, because other tests add organisations to the shared database that sort before it
		browser.visit("/network/organisations?q=JOSEPHS");
		assertThat(main(page)).containsText("JOSEPHS – Das offene Innovationslabor");
		browser.visit("/labs");
		assertContainsAll(main(page), "Hybride Formen des Handels", "JOSEPHS", "KoSI-Lab");
		browser.visit("/account/tokens");
		assertThat(heading(page)).hasText("Persönliche API-Tokens");
		// everyone else gets the friendly error page, answered with status 403
		assertThat(browser.visit("/admin/users").status()).isEqualTo(usersStatus);
		assertThat(heading(page)).hasText(usersHeading);
	}

	@Test
	void signingOutReturnsToTheStartPageSignedOut() {
		browser.signIn(DemoUser.MEMBER);
		Page page = browser.page();

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abmelden")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Sie wurden abgemeldet.");
		browser.check();
		assertThat(heading(page)).hasText("RegioLab");
		assertThat(page.getByRole(AriaRole.BANNER)).not().containsText("Angemeldet als");
		assertThat(browser.visit("/network/alliances").url()).endsWith("/login");
	}

	@Test
	void theAdministrationSeesTheUserList() {
		browser.signIn(DemoUser.ADMIN);
		Page page = browser.page();

		navigation(page).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Benutzer")).click();

		assertThat(heading(page)).hasText("Benutzer");
		browser.check();
		for (DemoUser user : DemoUser.values()) {
			assertThat(page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(user.email()))).hasCount(1);
		}
	}

	@Test
	void aWrongPasswordShowsAnErrorTiedToTheFields() {
		browser.visit("/login");
		Page page = browser.page();

		Locator email = page.getByLabel("E-Mail-Adresse");
		Locator password = page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true));

		email.fill(DemoUser.MEMBER.email());
		password.fill("falsches-Passwort");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Anmelden")).click();

		assertThat(page.getByRole(AriaRole.ALERT)).containsText("E-Mail-Adresse oder Passwort sind falsch");
		browser.check();
		for (Locator field : List.of(email, password)) {
			assertThat(field).hasAttribute("aria-invalid", "true");
			assertThat(field).hasAttribute("aria-describedby", "login-error");
			assertThat(field).hasAccessibleDescription(Pattern.compile("^E-Mail-Adresse oder Passwort sind falsch"));
		}
	}

	private static void assertContainsAll(Locator locator, String... texts) {
		for (String text : texts) {
			assertThat(locator).containsText(text);
		}
	}

	private static Locator heading(Page page) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1));
	}

	private static Locator main(Page page) {
		return page.getByRole(AriaRole.MAIN);
	}

	private static Locator navigation(Page page) {
		return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Hauptnavigation"));
	}
}
