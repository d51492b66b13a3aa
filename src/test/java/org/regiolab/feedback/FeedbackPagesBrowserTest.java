package org.regiolab.feedback;

import java.io.IOException;
import java.nio.file.Files;
import java.util.UUID;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import static org.regiolab.support.Locators.checkbox;
import static org.regiolab.support.Locators.field;
import static org.regiolab.support.Locators.heading;
import static org.regiolab.support.Locators.link;

/**
 * The lab team's pages in the browser: from the lab to its themed world and a station's analysis,
 * moderation without reloading the page, a new themed world with a station and its own questions,
 * the company's report as a PDF. Every page passes the axe check.
 */
@IntegrationTest
class FeedbackPagesBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void theLabTeamReadsAStationsFeedbackHidesOneAndDownloadsTheCompanysReport() throws IOException {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/themed-worlds?q=intelligent");
		browser.check();
		link(page, "intelligent & digital").click();
		assertThat(heading(page, "intelligent & digital")).isVisible();
		browser.check();

		link(page, "Virtuelle Kongresshalle").click();
		assertThat(heading(page, "Virtuelle Kongresshalle")).isVisible();
		assertThat(page.getByText("60 Rückmeldungen, im Mittel")).isVisible();
		browser.check();

		Locator first = page.locator(".feedback-item").first();
		String id = first.getAttribute("id").substring("feedback-".length());
		first.getByLabel("Themen, durch Kommas getrennt").fill("Akku, Brille");
		first.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Ausblenden")).click();
		Locator swapped = page.locator("#feedback-" + id);
		assertThat(swapped.getByText("ausgeblendet")).isVisible();
		assertThat(swapped.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Wieder zeigen"))).isVisible();
		assertThat(jdbc.sql("select hidden from feedback where id = ?").param(UUID.fromString(id)).query(Boolean.class)
			.single()).isTrue();
		browser.check();
		// shown again, so the demo world's figures stay as other tests expect them
		swapped.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName("Wieder zeigen")).click();
		assertThat(page.locator("#feedback-" + id).getByText("ausgeblendet")).hasCount(0);

		link(page, "Zur Themenwelt »intelligent & digital«").click();
		Download download = page.waitForDownload(() -> link(page, "Bericht für Demo VR Studio GmbH als PDF herunterladen").click());
		try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
			assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
				.contains("Besucherrückmeldungen für Demo VR Studio GmbH", "Station: Virtuelle Kongresshalle");
		}
	}

	@Test
	void aCoordinatorOpensAThemedWorldWithAStationAndCorrectsAQuestionTheFormCannotRead() {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/labs?q=JOSEPHS");
		link(page, "JOSEPHS").click();
		link(page, "Themenwelt anlegen").click();
		browser.check();
		String title = "gesund & vernetzt " + tag;
		field(page, "Titel").fill(title);
		field(page, "Beginn").fill("2027-03-01");
		field(page, "Ende").fill("2027-02-01");
		button(page, "Themenwelt speichern").click();
		assertThat(field(page, "Ende")).hasAttribute("aria-invalid", "true");
		assertThat(page.getByText("Eine Themenwelt endet nicht vor ihrem Beginn.")).isVisible();
		browser.check();
		field(page, "Ende").fill("2027-03-31");
		button(page, "Themenwelt speichern").click();
		assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).hasText("Die Themenwelt ist gespeichert.");

		link(page, "Station anlegen").click();
		field(page, "Station").fill("Pflegeroboter " + tag);
		checkbox(page, "System Usability Scale fragen").check();
		field(page, "Eigene Fragen").fill("Würden Sie ihn Ihren Eltern empfehlen?");
		button(page, "Station speichern").click();
		assertThat(field(page, "Eigene Fragen")).hasAttribute("aria-invalid", "true");
		browser.check();
		field(page, "Eigene Fragen").fill("Würden Sie ihn Ihren Eltern empfehlen? | Ja | Vielleicht | Nein");
		button(page, "Station speichern").click();
		assertThat(heading(page, "Pflegeroboter " + tag)).isVisible();
		assertThat(page.getByText("Noch keine Rückmeldungen.")).isVisible();
		browser.check();

		link(page, "Karte mit QR-Code drucken").click();
		assertThat(page.locator(".station-card svg title")).hasText("Pflegeroboter " + tag);
		browser.check();
		assertThat(jdbc.sql("select jsonb_array_length(questions) from station where name = ?")
			.param("Pflegeroboter " + tag).query(Integer.class).single()).isEqualTo(11);
	}
}
