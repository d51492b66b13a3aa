package org.regiolab.network;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The registry as a coordinator uses it in the browser; every page passes the axe check. */
@IntegrationTest
class NetworkBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Test
	void aCoordinatorFindsAnOrganisationAndAddsOneWithHelpForEveryMistake() {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/network/organisations?q=Handwerk");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Handwerkskammer Münster")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Handwerkskammer Münster")))
			.isVisible();
		assertThat(page.getByText("Wirtschaftsallianz Bottrop")).isVisible();
		browser.check();

		browser.visit("/network/organisations/new");
		page.getByLabel("Postleitzahl").fill("462");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByText("Bitte geben Sie eine fünfstellige Postleitzahl an.")).isVisible();
		assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
		browser.check();

		String name = "Dachdeckerei Brückner " + UUID.randomUUID().toString().substring(0, 6);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		page.getByLabel("Art").selectOption("CRAFT_BUSINESS");
		page.getByLabel("Kreis / kreisfreie Stadt").selectOption("05512");
		page.getByLabel("Postleitzahl").fill("46236");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Speichern")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
		assertThat(page.getByText("Bottrop (05512)")).isVisible();
		browser.check();
	}

	@Test
	void aCoordinatorOpensPeopleAllianceAndMembersArea() {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/network/people");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vogt, Lena")).click();
		assertThat(page.getByText("Newsletter: erteilt am 15.01.2026")).isVisible();
		browser.check();
		browser.visit("/network/people/new");

		// the demo world has more alliances than a page shows: search as a user would
		browser.visit("/network/alliances?q=Metropolregion");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Metropolregion Nürnberg")).click();
		assertThat(page.getByText("Heimat für Kreative")).isVisible();
		browser.check();

		browser.visit("/network/alliances?q=Regionale+Industrieinitiativen");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Regionale Industrieinitiativen")).click();
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Zum Mitgliederbereich")).click();
		assertThat(page.getByText("Veranstaltungsberichte: Creative Labs 2023")).isVisible();
		browser.check();
	}

	@Test
	void anImportIsCheckedStartedAndReported(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		Path list = folder.resolve("kontakte.csv");
		Files.writeString(list, "Firma;PLZ;Ort\nGärtnerei Lüdtke " + tag + ";46236;Bottrop\n;46236;Bottrop\n",
				StandardCharsets.UTF_8);
		browser.visit("/network/imports/new");
		page.getByLabel("Datei").setInputFiles(list);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Hochladen und prüfen")).click();
		assertThat(page.getByText("Gärtnerei Lüdtke " + tag)).isVisible();
		browser.check();
		page.getByLabel("Fehlerhafte Zeilen überspringen").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import starten")).click();
		assertThat(page.getByText("1 Einträge angelegt.")).isVisible();
		assertThat(page.getByText("Pflichtangabe fehlt.")).isVisible();
		browser.check();
	}
}
