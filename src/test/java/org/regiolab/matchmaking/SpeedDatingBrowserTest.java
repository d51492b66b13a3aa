package org.regiolab.matchmaking;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.Registrations;
import org.regiolab.matchmaking.SpeedDatingEvents.Person;
import org.regiolab.matchmaking.SpeedDatingEvents.Seated;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.regiolab.support.Locators.button;
import static org.regiolab.support.Locators.checkbox;
import static org.regiolab.support.Locators.field;
import static org.regiolab.support.Locators.heading;
import static org.regiolab.support.Locators.link;

/**
 * A coordinator who has never scheduled a speed dating sets one up, generates, checks and
 * publishes the draft; a participant fills in their profile behind the secret link and reads and
 * prints their schedule. Every page passes the axe check.
 */
@IntegrationTest
class SpeedDatingBrowserTest {

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	EventRegistry events;

	@Autowired
	Registrations registrations;

	@Autowired
	SpeedDatings speedDatings;

	@Autowired
	MatchProfiles profiles;

	@Test
	void aCoordinatorPlansAndPublishesAndAParticipantReadsTheirSchedule() {
		Seated s = new SpeedDatingEvents(events, registrations, speedDatings).meeting("Browser",
				List.of(Person.of("Anna", "IHK Browser"), Person.of("Ben", "Muster GmbH"), Person.of("Cem", null),
						Person.of("Dora", null), Person.of("Emil", "Demo AG"), Person.of("Fritz", null), Person.of("Gül", null)));
		// the coordinator: the proposal from the programme with a table limit
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/events/" + s.event());
		link(page, "Speed-Dating planen").click();
		assertThat(heading(page, "Ablauf")).isVisible();
		browser.check();
		field(page, "Tische").fill("3");
		button(page, "Ablauf speichern").click();
		assertThat(page.getByText("Der Ablauf ist gespeichert.")).isVisible();
		browser.check();

		// the participant, with the link from the mail: offers, needs, an SDG and somebody to meet
		String token = profiles.open(s.event(), s.person(0)).token();
		Page participant = browser.newPage();
		browser.visit(participant, "/matchmaking/p/" + token);
		assertThat(heading(participant, "Ihr Speed-Dating-Profil")).isVisible();
		field(participant, "Das biete ich an").fill("Fördermittelberatung, MINT in Kitas");
		field(participant, "Das suche ich").fill("Fachkräfte");
		checkbox(participant, "SDG 4 – Hochwertige Bildung").check();
		button(participant, "Profil speichern").click();
		assertThat(participant.getByText("Ihr Profil ist gespeichert.")).isVisible();
		browser.check(participant);
		field(participant, "Teilnehmende nach Name oder Organisation suchen").fill("Muster");
		assertThat(participant.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName("Cem Test"))).hasCount(0);
		button(participant, "Ben Test treffen").click();
		assertThat(participant.getByText("Möchte ich treffen: Ben Test (Muster GmbH)")).isVisible();
		browser.check(participant);

		// the draft, a pinned meeting, publication
		browser.visit("/events/" + s.event() + "/matchmaking");
		button(page, "Entwurf erstellen").click();
		assertThat(page.getByText("Der Entwurf ist erstellt.")).isVisible();
		assertThat(page.getByText("% unter dem bestmöglichen Plan")).isVisible();
		browser.check();
		button(page, "Gespräch an Tisch 1 in Runde 1 festhalten").click();
		assertThat(page.getByText("Das Gespräch in Runde 1 ist festgehalten.")).isVisible();
		button(page, "Entwurf veröffentlichen").click();
		assertThat(page.getByText("Der Plan ist veröffentlicht")).isVisible();
		browser.check();

		// back to the participant: the schedule with the reason, and the PDF
		browser.visit(participant, "/matchmaking/p/" + token);
		link(participant, "Ihr Gesprächsplan").click();
		assertThat(heading(participant, "Ihr Gesprächsplan")).isVisible();
		assertThat(participant.getByText("Sie wollten dieses Gespräch.")).isVisible();
		browser.check(participant);
		var download = participant.waitForDownload(() -> link(participant, "Als PDF herunterladen").click());
		org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).endsWith(".pdf");
	}
}
