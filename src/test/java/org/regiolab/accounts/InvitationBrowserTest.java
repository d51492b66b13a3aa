package org.regiolab.accounts;

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

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

@IntegrationTest
class InvitationBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	// every test invites someone new: the e-mail address must be unique, and the name tells the edit links apart
	private final String email = "person-" + UUID.randomUUID() + "@example.org";
	private final String name = "Ina Neu " + email.substring(7, 15);

	private Page page;

	@BeforeEach
	void signInAsAdministrator() {
		browser.signIn(DemoUser.ADMIN);
		page = browser.page();
	}

	@Test
	void anEmptyInvitationShowsErrorsNextToTheFields() {
		browser.visit("/admin/users/new");
		page.getByLabel("Mitglied").uncheck();

		button("Einladung anlegen").click();

		assertThat(page.getByLabel("E-Mail-Adresse")).hasAttribute("aria-invalid", "true");
		browser.check();
		assertThat(page.getByLabel("E-Mail-Adresse")).hasAccessibleDescription("Bitte füllen Sie dieses Feld aus.");
		assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasAttribute("aria-invalid", "true");
		assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasAccessibleDescription("Bitte füllen Sie dieses Feld aus.");
		assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Rollen")))
			.hasAccessibleDescription("Bitte wählen Sie mindestens einen Eintrag aus.");
	}

	@Test
	void anInvitedPersonChoosesAPasswordAndSignsInWithIt() {
		String link = invite();
		Page invitee = browser.newPage();
		browser.visit(invitee, link);
		assertThat(invitee.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Passwort festlegen");
		Locator password = invitee.getByLabel("Neues Passwort");
		Locator confirmation = invitee.getByLabel("Passwort wiederholen");

		password.fill("zu-kurz");
		confirmation.fill("zu-kurz");
		invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
		assertThat(password).hasAttribute("aria-invalid", "true");
		browser.check(invitee);
		assertThat(password).hasAccessibleDescription(
				Pattern.compile("Mindestens 12 Zeichen\\. Das Passwort muss zwischen 12 und 128 Zeichen lang sein\\."));

		password.fill("Ein-langes-Passwort-2026");
		confirmation.fill("Ein-anderes-Passwort-2026");
		invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
		assertThat(confirmation).hasAttribute("aria-invalid", "true");
		browser.check(invitee);
		assertThat(confirmation).hasAccessibleDescription("Die beiden Passwörter stimmen nicht überein.");
		assertThat(password).not().hasAttribute("aria-invalid", "true");

		password.fill("Ein-langes-Passwort-2026");
		confirmation.fill("Ein-langes-Passwort-2026");
		invitee.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passwort speichern")).click();
		assertThat(invitee.getByRole(AriaRole.STATUS)).hasText("Ihr Passwort ist gespeichert. Sie können sich jetzt anmelden.");
		browser.check(invitee);

		browser.signIn(invitee, email, "Ein-langes-Passwort-2026");
	}

	@Test
	void theAdministrationChangesThePersonsRolesAndTheListShowsThem() {
		invite();
		Locator row = findInList();
		assertThat(row.getByRole(AriaRole.CELL).nth(2)).hasText("Mitglied");
		assertThat(row.getByRole(AriaRole.CELL).nth(3)).hasText("eingeladen");

		row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(name + " bearbeiten")).click();
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Benutzer bearbeiten");
		browser.check();
		page.getByLabel("Koordination").check();
		page.getByLabel("Mitglied").uncheck();
		button("Speichern").click();

		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Die Änderungen sind gespeichert.");
		browser.check();
		assertThat(findInList().getByRole(AriaRole.CELL).nth(2)).hasText("Koordination");
	}

	/** Invites the test's person as a member and answers the invitation link. */
	private String invite() {
		browser.visit("/admin/users/new");
		page.getByLabel("E-Mail-Adresse").fill(email);
		page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill(name);
		assertThat(page.getByLabel("Mitglied")).isChecked();

		button("Einladung anlegen").click();

		assertThat(page.getByRole(AriaRole.STATUS)).containsText("Eine Einladung für " + email + " ist angelegt.");
		browser.check();
		Locator link = page.locator("code.secret");
		assertThat(link).containsText("/invitation/");
		return link.textContent().strip();
	}

	/** Searches the user list for the test's person, who may not be on its first page. */
	private Locator findInList() {
		browser.visit("/admin/users");
		page.getByLabel("Name oder E-Mail-Adresse").fill(email);
		button("Filtern").click();
		assertThat(page).hasURL(Pattern.compile("[?&]q="));
		browser.check();
		Locator rows = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText(email));
		assertThat(rows).hasCount(1);
		return rows;
	}

	private Locator button(String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
	}
}
