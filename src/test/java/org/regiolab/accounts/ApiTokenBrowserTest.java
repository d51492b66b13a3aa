package org.regiolab.accounts;

import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTokenBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@LocalServerPort
	int port;

	private Page page;

	@BeforeEach
	void openTheMembersTokens() {
		browser.signIn(DemoUser.MEMBER);
		browser.visit("/account/tokens");
		page = browser.page();
	}

	@Test
	void aNewTokenIsShownOnceAndOpensTheApiUntilItIsRevoked() {
		// unique, because the member's tokens outlive the test in the shared database
		String name = "Export-Skript " + UUID.randomUUID();
		page.getByLabel("Bezeichnung").fill(name);
		button("Token erzeugen").click();

		Locator secret = page.locator("#new-token");
		assertThat(secret).hasText(Pattern.compile("^rl_\\S{20,}$"));
		browser.check();
		String token = secret.textContent().strip();
		LiveHttp api = new LiveHttp(port);
		HttpResponse<String> me = api.get("/api/v1/me", "Authorization", "Bearer " + token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"email\":\"" + DemoUser.MEMBER.email() + "\"");

		browser.visit("/account/tokens");
		assertThat(secret).hasCount(0);
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(name));
		assertThat(row.getByRole(AriaRole.CELL).nth(2)).not().hasText("nie");
		assertThat(row.getByRole(AriaRole.CELL).nth(3)).hasText("aktiv");

		row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Token „" + name + "“ widerrufen")).click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Das Token wurde widerrufen.");
		browser.check();
		assertThat(row.getByRole(AriaRole.CELL).nth(3)).hasText("widerrufen");
		assertThat(api.get("/api/v1/me", "Authorization", "Bearer " + token).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenWithoutANameShowsAnErrorNextToTheField() {
		button("Token erzeugen").click();

		Locator field = page.getByLabel("Bezeichnung");
		assertThat(field).hasAttribute("aria-invalid", "true");
		browser.check();
		assertThat(field).hasAccessibleDescription("Zum Beispiel „Export-Skript Geschäftsstelle“. Bitte füllen Sie dieses Feld aus.");
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}
}
