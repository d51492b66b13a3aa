package org.regiolab.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.support.Browser;
import org.regiolab.support.IntegrationTest;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.support.Locators.button;
import static org.regiolab.support.Locators.checkbox;
import static org.regiolab.support.Locators.field;
import static org.regiolab.support.Locators.heading;
import static org.regiolab.support.Locators.link;

/**
 * A visitor on a phone with JavaScript switched off searches the demo world's portal, narrows the
 * hits by a facet, reads a bakery's page and the Fairtrade-Town page, and registers a business.
 * Every page the visitor saw passes the axe check (run in a browser with JavaScript, which axe needs).
 */
@IntegrationTest
class PortalBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Test
	void aVisitorWithoutJavaScriptSearchesReadsAndRegisters() {
		Page phone = browser.newPage(options -> options.setJavaScriptEnabled(false).setViewportSize(390, 844));
		List<String> seen = new ArrayList<>();

		phone.navigate("/portal");
		assertThat(heading(phone, "Stadtportal Bottrop")).isVisible();
		seen.add(path(phone));
		field(phone, "Was suchen Sie?").fill("Brötchen");
		button(phone, "Suchen").click();
		assertThat(heading(phone, "Suche")).isVisible();
		assertThat(phone.getByText("Bäckerei Hoffmann")).isVisible();
		seen.add(path(phone));

		phone.locator(".portal-facets a").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("Kirchhellen"))
			.first().click();
		assertThat(phone.locator(".hit").first()).containsText("Kirchhellen");
		seen.add(path(phone));

		phone.locator(".hit h3 a").first().click();
		assertThat(heading(phone, "Öffnungszeiten")).isVisible();
		assertThat(phone.locator(".opening-status")).isVisible();
		seen.add(path(phone));

		link(phone, "Fairtrade-Town Bottrop").first().click();
		assertThat(phone.getByText("17 Akteure")).isVisible();
		seen.add(path(phone));

		link(phone, "Betrieb eintragen").first().click();
		String tag = UUID.randomUUID().toString().substring(0, 6);
		field(phone, "Name des Betriebs").fill("Nähstube Faden " + tag);
		phone.getByLabel("Branche").selectOption("dienstleistung");
		field(phone, "Ihr Name").fill("Nina Naht");
		field(phone, "E-Mail-Adresse").fill("naehstube." + tag + "@example.org");
		checkbox(phone, "Ich bin einverstanden, dass die Wirtschaftsförderung meinen Namen und meine E-Mail-Adresse "
				+ "speichert, um den Eintrag zu prüfen und mit mir abzustimmen.").check();
		seen.add(path(phone));
		button(phone, "Eintrag absenden").click();
		assertThat(heading(phone, "Fast geschafft")).isVisible();

		for (String path : seen) {
			assertThat(browser.visit(path).status()).as(path).isEqualTo(200);
		}
		browser.visit("/portal?lang=en");
		assertThat(heading(browser.page(), "City portal Bottrop")).isVisible();
	}

	private static String path(Page page) {
		return page.url().replaceFirst("^https?://[^/]+", "");
	}
}
