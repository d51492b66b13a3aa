package org.regiolab.feedback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
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
import static org.regiolab.support.Locators.button;
import static org.regiolab.support.Locators.field;
import static org.regiolab.support.Locators.heading;
import static org.regiolab.support.Locators.link;

/**
 * The capture pages in Chromium, on copies of the demo world's research islands: a kiosk tablet that
 * loses its network keeps collecting, survives a reload and sends everything once when the network
 * returns; a visitor's phone sends a feedback and is thanked; a busy or refusing server is handled;
 * the kiosk turns blank after a minute alone.
 */
@IntegrationTest
class FeedbackCaptureBrowserTest {

	static final String RATING = "Wie gefällt es Ihnen? Von 1 (gar nicht) bis 5 (sehr gut)";

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ThemedWorlds worlds;

	@Autowired
	Stations stations;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aKioskThatLosesItsNetworkKeepsCollectingAndSendsEveryFeedbackOnceWhenItReturns() {
		UUID station = island("Virtuelle Kongresshalle");
		browser.signIn(DemoUser.MEMBER);
		Page kiosk = browser.page();
		// offline reaches the service worker's own requests too: Playwright watches them in Chromium by default now
		List<String> unreachable = new ArrayList<>();
		kiosk.context().onRequestFailed(request -> unreachable.add(request.url()));
		browser.visit("/stations/" + station + "/kiosk");
		assertThat(heading(kiosk, "Virtuelle Kongresshalle")).isVisible();
		assertThat(kiosk.getByText("Mit Virtual-Reality-Brillen einen Nachbau der Nürnberger Kongresshalle begehen."))
			.isVisible();
		Locator status = kiosk.locator("[data-capture-status]");
		// the worker has taken the page over and keeps a copy of it
		assertThat(status).containsText("Diese Seite funktioniert auch ohne Verbindung.");
		kiosk.waitForFunction("() => navigator.serviceWorker.controller !== null");

		kiosk.context().setOffline(true);
		assertThat(status).containsText("Keine Verbindung");
		for (int rating = 3; rating <= 5; rating++) {
			rate(kiosk, rating);
			field(kiosk, "Was funktioniert gut?").fill("Wirkt echt " + tag + " #" + rating);
			button(kiosk, "Rückmeldung senden").click();

			assertThat(kiosk.getByText("Vielen Dank! Die Rückmeldung ist gespeichert.")).isVisible();
			assertThat(field(kiosk, "Was funktioniert gut?")).isEmpty();
			assertThat(kiosk.locator("input[name=rating]:checked")).hasCount(0);
		}
		assertThat(status).containsText("3 Rückmeldungen warten auf die Verbindung");
		browser.check(kiosk);
		assertThat(stored(station)).isEmpty();

		Response reload = kiosk.reload();
		assertThat(reload.fromServiceWorker()).isTrue();
		assertThat(heading(kiosk, "Virtuelle Kongresshalle")).isVisible();
		assertThat(button(kiosk, "Rückmeldung senden")).isVisible();
		assertThat(status).containsText("3 Rückmeldungen warten auf die Verbindung");
		browser.check(kiosk);
		assertThat(unreachable).as("the worker found no network, so the page is its copy")
			.anyMatch(url -> url.endsWith("/stations/" + station + "/kiosk"));

		kiosk.context().setOffline(false);
		assertThat(status).containsText("Alle Rückmeldungen sind übertragen",
				new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));
		assertThat(stored(station)).containsExactly("3 Wirkt echt " + tag + " #3", "4 Wirkt echt " + tag + " #4",
				"5 Wirkt echt " + tag + " #5");
	}

	@Test
	void aVisitorsPhoneSendsAFeedbackAndIsThanked() {
		UUID station = island("Interaktive Fußballübertragung");
		Page phone = browser.newPage(options -> options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
		browser.visit(phone, "/stations/" + station + "/feedback");
		assertThat(heading(phone, "Interaktive Fußballübertragung")).isVisible();
		assertThat((Boolean) phone.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
			.as("one column, nothing to scroll sideways").isTrue();
		assertThat((Boolean) phone.evaluate("""
				() => [...document.querySelectorAll('.capture-choice label, button, .language a')].every(target =>
				  target.getBoundingClientRect().width >= 44 && target.getBoundingClientRect().height >= 44)"""))
			.as("every touch target at least 44 px square").isTrue();

		rate(phone, 4);
		phone.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName("Welche Ansicht hat Ihnen am besten gefallen?"))
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Taktikansicht").setExact(true))
			.check();
		field(phone, "Neue Ideen").fill("Wiederholungen aus Sicht des Torwarts " + tag);
		button(phone, "Rückmeldung senden").click();

		assertThat(heading(phone, "Vielen Dank für Ihre Rückmeldung!")).isVisible();
		assertThat(link(phone, "Weitere Rückmeldung geben")).isVisible();
		assertThat(button(phone, "Rückmeldung senden")).isHidden();
		assertThat(phone.locator("[data-capture-status]")).containsText("Alle Rückmeldungen sind übertragen");
		browser.check(phone);
		assertThat(jdbc.sql("select rating || ' ' || (answers ->> 'kamera') from feedback where station = ? and ideas like ?")
			.params(station, "%" + tag).query(String.class).list()).containsExactly("4 Taktikansicht");

		link(phone, "Weitere Rückmeldung geben").click();
		assertThat(button(phone, "Rückmeldung senden")).isVisible();
		browser.check(phone);
	}

	@Test
	void aBusyServerIsWaitedForAndARefusedFeedbackIsKeptApartAndNotSentAgain() {
		UUID station = island("Digitaler Einkaufsberater");
		Page phone = browser.newPage(options -> options.setViewportSize(390, 844).setIsMobile(true).setHasTouch(true));
		List<Integer> answers = new ArrayList<>();
		// the server as the device meets it on a bad day: first busy, then refusing, then itself again
		phone.context().route("**/api/v1/stations/*/feedback", route -> {
			answers.add(answers.size() == 0 ? 429 : answers.size() == 1 ? 422 : 0);
			switch (answers.get(answers.size() - 1)) {
				case 429 -> route.fulfill(new Route.FulfillOptions().setStatus(429).setHeaders(Map.of("Retry-After", "1"))
					.setContentType("application/problem+json").setBody("{\"status\": 429}"));
				case 422 -> route.fulfill(new Route.FulfillOptions().setStatus(422)
					.setContentType("application/problem+json").setBody("{\"status\": 422}"));
				default -> route.resume();
			}
		});
		browser.visit(phone, "/stations/" + station + "/feedback");
		rate(phone, 2);
		field(phone, "Was sollte besser werden?").fill("Die Schrift ist zu klein " + tag);
		button(phone, "Rückmeldung senden").click();

		Locator status = phone.locator("[data-capture-status]");
		assertThat(status).containsText("1 Rückmeldung wartet auf die Verbindung");
		assertThat(status).containsText("1 Rückmeldung wurde abgelehnt und bleibt auf diesem Gerät.",
				new LocatorAssertions.ContainsTextOptions().setTimeout(10_000));
		assertThat(status).not().containsText("wartet");
		assertThat(answers).containsExactly(429, 422);
		assertThat(stored(station)).isEmpty();

		link(phone, "Weitere Rückmeldung geben").click();
		browser.check(phone);
		rate(phone, 5);
		field(phone, "Was funktioniert gut?").fill("Findet alles im Regal " + tag);
		button(phone, "Rückmeldung senden").click();

		// a Playwright wait, because the route above answers only while Playwright has the thread
		phone.waitForCondition(() -> !stored(station).isEmpty());
		assertThat(stored(station)).containsExactly("5 Findet alles im Regal " + tag);
		assertThat(answers).as("the refused one is not sent again").containsExactly(429, 422, 0);
		assertThat(status).containsText("1 Rückmeldung wurde abgelehnt");
		assertThat(status).not().containsText("wartet");
	}

	@Test
	void theKioskTurnsBlankAfterAMinuteWithoutInput() {
		UUID station = island("KI in der Arbeitswelt");
		browser.signIn(DemoUser.COORDINATOR);
		Page kiosk = browser.page();
		kiosk.clock().install();
		browser.visit("/stations/" + station + "/kiosk");
		rate(kiosk, 2);
		field(kiosk, "Was sollte besser werden?").fill("Halb ausgefüllt " + tag);

		kiosk.clock().fastForward(50_000);
		assertThat(field(kiosk, "Was sollte besser werden?")).hasValue("Halb ausgefüllt " + tag);
		kiosk.clock().fastForward(11_000);

		assertThat(field(kiosk, "Was sollte besser werden?")).isEmpty();
		assertThat(kiosk.locator("input[name=rating]:checked")).hasCount(0);
		assertThat(stored(station)).isEmpty();
	}

	/** Chooses a rating; the ends of the scale say what they mean. */
	private static void rate(Page page, int rating) {
		String name = switch (rating) {
			case 1 -> "1 gar nicht";
			case 5 -> "5 sehr gut";
			default -> String.valueOf(rating);
		};
		page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(RATING))
			.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(name).setExact(true))
			.check();
	}

	/**
	 * A copy of one of the demo world's research islands, in a themed world of this test's own: the
	 * demo world's figures stay as the other tests expect them.
	 */
	private UUID island(String name) {
		FeedbackDemoWorld.Island island = FeedbackDemoWorld.ISLANDS.stream()
			.filter(candidate -> candidate.name().equals(name))
			.findFirst()
			.orElseThrow();
		UUID lab = jdbc.sql("select lab from themed_world where title = ?").param(FeedbackDemoWorld.WORLD)
			.query(UUID.class).single();
		UUID world = worlds.create(lab, new ThemedWorldData(FeedbackDemoWorld.WORLD + " " + tag, null,
				LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31), null, List.of()));
		return stations.create(world, new StationData(island.name(), island.prototype(), null, island.questions()));
	}

	/** This test's feedback at the station, as rating and what works. */
	private List<String> stored(UUID station) {
		return jdbc.sql("""
				select rating || ' ' || coalesce(works, improvements) from feedback
				where station = ? and coalesce(works, improvements) like ? order by 1""")
			.params(station, "%" + tag + "%")
			.query(String.class)
			.list();
	}
}
