package org.regiolab.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.platform.TimeConfiguration;
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
import static org.regiolab.support.Locators.rowOf;

/**
 * The events as coordinators, experts, members and visitors without an account use them in the
 * browser: an event entered through the form, registration up to the waitlist, the cancellation
 * link, the check-in desk, the list with its export, a consultation day and English. Every page
 * passes the axe check; what a test creates carries a tag of its own.
 */
@IntegrationTest
class EventsBrowserTest {

	static final String PRIVACY = "Ich bin einverstanden, dass meine Angaben zur Organisation dieser Veranstaltung gespeichert werden.";
	static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm");

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventRegistry events;

	@Autowired
	RegistrationDesk desk;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aCoordinatorEntersAPublicEventAndVisitorsRegisterUntilTheWaitlist() {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/events");
		follow(page, "Veranstaltung anlegen", "Veranstaltung anlegen");

		String title = "Werkstattgespräch Kreislaufwirtschaft " + tag;
		LocalDate day = LocalDate.now(TimeConfiguration.ZONE).plusDays(30);
		field(page, "Titel").fill(title);
		page.getByLabel("Art", new Page.GetByLabelOptions().setExact(true))
			.selectOption(new SelectOption().setLabel("Workshop"));
		field(page, "Beginn").fill(day + "T14:00");
		field(page, "Ende").fill(day + "T17:30");
		field(page, "Ort").fill("Hochschule Ruhr West, Bottrop");
		assertThat(checkbox(page, "Öffentlich: Jede und jeder kann sich anmelden, auch ohne Konto")).isChecked();
		field(page, "Plätze").fill("2");
		field(page, "Programm").fill("""
				14:00–14:30 | Begrüßung | Dr. Maria Beispiel | Foyer
				14:30–16:00 | Creative Lab Reparieren statt Wegwerfen | | Raum 2 | Creative Lab 1
				14:30–16:00 | Creative Lab Materialbörse | | Raum 3 | Creative Lab 2""");
		button(page, "Speichern").click();

		assertThat(page.getByText("Gespeichert.", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(heading(page, title)).isVisible();
		browser.check();
		assertThat(page.getByText(day.atTime(14, 0).format(SHOWN) + " bis " + day.atTime(17, 30).format(SHOWN)))
			.isVisible();
		assertThat(page.getByText("2 von 2 frei, 0 auf der Warteliste")).isVisible();
		assertThat(heading(page, "Programm")).isVisible();
		assertThat(rowOf(page, "Begrüßung")).containsText("Dr. Maria Beispiel");
		assertThat(rowOf(page, "Creative Lab Reparieren statt Wegwerfen")).containsText("Creative Lab 1");
		assertThat(rowOf(page, "Creative Lab Materialbörse")).containsText("Raum 3");
		String eventPath = page.url().replaceFirst("^https?://[^/]+", "");

		Page visitor = browser.newPage();
		browser.visit(visitor, eventPath);
		assertThat(heading(visitor, title)).isVisible();
		assertThat(heading(visitor, "Zahlen zur Veranstaltung")).hasCount(0);
		// a mistake first: without an email address nothing is stored and the field says why
		field(visitor, "Vorname").fill("Erika");
		field(visitor, "Nachname").fill("Muster");
		checkbox(visitor, PRIVACY).check();
		button(visitor, "Verbindlich anmelden").click();
		Locator email = field(visitor, "E-Mail");
		assertThat(email).hasAttribute("aria-invalid", "true");
		assertThat(email).hasAccessibleDescription(Pattern.compile("Bitte füllen Sie dieses Feld aus"));
		assertThat(visitor.getByText("Bitte füllen Sie dieses Feld aus.")).isVisible();
		assertThat(field(visitor, "Vorname")).hasValue("Erika");
		browser.check(visitor);
		assertThat(registrations(eventId(eventPath))).isZero();

		email.fill("erika.muster." + tag + "@example.org");
		button(visitor, "Verbindlich anmelden").click();
		assertThat(visitor.getByText("Ihr Platz ist bestätigt.")).isVisible();
		browser.check(visitor);

		Page second = browser.newPage();
		browser.visit(second, eventPath);
		register(second, "Jonas", "Becker", "jonas.becker." + tag + "@example.org");
		assertThat(second.getByText("Ihr Platz ist bestätigt.")).isVisible();
		browser.check(second);

		Page third = browser.newPage();
		browser.visit(third, eventPath);
		assertThat(third.getByText("Alle Plätze sind vergeben. Wenn Sie sich jetzt anmelden, kommen Sie auf die Warteliste."))
			.isVisible();
		register(third, "Aylin", "Demir", "aylin.demir." + tag + "@example.org");
		assertThat(third.getByRole(AriaRole.STATUS)).containsText("Sie stehen auf Platz 1 der Warteliste");
		assertThat(third.getByText("0 von 2 frei, 1 auf der Warteliste")).isVisible();
		browser.check(third);

		assertThat(jdbc.sql("select status from registration where event = ? order by arrival")
			.param(eventId(eventPath)).query(String.class).list()).containsExactly("CONFIRMED", "CONFIRMED", "WAITLISTED");
	}

	@Test
	void theLinkFromTheMailCancelsAndTheFirstOnTheWaitlistMovesUp() {
		UUID event = event("Handwerker-Frühstück " + tag, EventKind.BREAKFAST, 10, 1);
		registerInJava(event, "Erika", "Muster");
		registerInJava(event, "Jonas", "Becker");
		String first = token(event, "Erika");
		String waiting = token(event, "Jonas");

		Page page = browser.page();
		browser.visit("/events/registrations/" + waiting);
		assertThat(heading(page, "Ihre Anmeldung")).isVisible();
		assertThat(page.getByText("Warteliste, Platz 1")).isVisible();

		browser.visit("/events/registrations/" + first);
		assertThat(link(page, "Handwerker-Frühstück " + tag)).isVisible();
		assertThat(page.getByText("Erika Muster")).isVisible();
		assertThat(page.getByText("bestätigt", new Page.GetByTextOptions().setExact(true))).isVisible();
		button(page, "Jetzt abmelden").click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Sie sind abgemeldet. Vielen Dank, dass Sie Bescheid gegeben haben.");
		assertThat(page.getByText("abgemeldet", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(button(page, "Jetzt abmelden")).hasCount(0);
		browser.check();

		browser.visit("/events/registrations/" + waiting);
		assertThat(page.getByText("bestätigt", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(status(event, "Jonas")).isEqualTo("CONFIRMED");

		Page coordinator = browser.newPage();
		browser.signIn(coordinator, DemoUser.COORDINATOR.email(), DemoUser.COORDINATOR.password());
		browser.visit(coordinator, "/events/" + event);
		follow(coordinator, "Teilnehmende", "Teilnehmende: Handwerker-Frühstück " + tag);
		assertThat(rowOf(coordinator, "Jonas Becker")).containsText("bestätigt");
		assertThat(rowOf(coordinator, "Erika Muster")).containsText("abgemeldet");
	}

	@Test
	void atTheDeskTheCoordinatorChecksInByKeyboardAndAddsAWalkIn() {
		UUID event = event("Netzwerktreffen Check-in " + tag, EventKind.NETWORK_MEETING, 5, 20);
		registerInJava(event, "Erika", "Muster" + tag);
		registerInJava(event, "Jonas", "Becker" + tag);
		registerInJava(event, "Aylin", "Demir" + tag);

		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/events/" + event);
		follow(page, "Check-in", "Check-in: Netzwerktreffen Check-in " + tag);
		assertThat(page.getByText("0 von 3 sind da")).isVisible();

		Locator search = field(page, "Name oder Organisation suchen");
		search.fill("Becker" + tag);
		Locator tap = button(page, "Jonas Becker" + tag + " einchecken");
		assertThat(button(page, "Erika Muster" + tag + " einchecken")).hasCount(0);
		assertThat(tap).isVisible();
		browser.check();
		// from the search field past its button to the only person found, and Enter taps
		search.focus();
		page.keyboard().press("Tab");
		page.keyboard().press("Tab");
		assertThat(tap).isFocused();
		page.keyboard().press("Enter");
		Locator undo = button(page, "Check-in von Jonas Becker" + tag + " zurücknehmen");
		assertThat(undo).isVisible();
		assertThat(undo).hasText("Rückgängig");
		// the row is swapped in place; the keyboard stays on its button, and the count follows
		assertThat(undo).isFocused();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("1 von 3 sind da");
		browser.check();
		assertThat(jdbc.sql("select checked_in_at is not null from registration where event = ? and given_name = 'Jonas'")
			.param(event).query(Boolean.class).single()).isTrue();

		field(page, "Vorname").fill("Lena");
		field(page, "Nachname").fill("Vogt" + tag);
		field(page, "E-Mail").fill("lena.vogt." + tag + "@example.org");
		field(page, "Organisation").fill("Handwerkskammer Münster");
		button(page, "Eintragen und einchecken").click();
		assertThat(page.getByText("Lena Vogt" + tag + " ist eingetragen und eingecheckt.")).isVisible();
		assertThat(page.getByText("2 von 4 sind da")).isVisible();
		assertThat(button(page, "Check-in von Lena Vogt" + tag + " zurücknehmen")).isVisible();
		browser.check();

		link(page, "Zurück zur Veranstaltung").click();
		Locator figures = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Zahlen zur Veranstaltung"));
		assertThat(figures).isVisible();
		assertThat(figure(figures, "Eingecheckt")).hasText("2");
		assertThat(figure(figures, "Ohne Anmeldung gekommen")).hasText("1");
		browser.check();
	}

	@Test
	void theListFiltersByKindAndTextSortsAndExportsWhatItShows() throws IOException {
		event("Abendforum " + tag, EventKind.WORKSHOP, 14, null);
		event("Betriebsbesuch " + tag, EventKind.WORKSHOP, 10, null);
		event("Cafégespräch " + tag, EventKind.BREAKFAST, 12, null);

		browser.signIn(DemoUser.MEMBER);
		Page page = browser.page();
		browser.visit("/events");
		field(page, "Titel oder Ort").fill(tag);
		button(page, "Filtern").click();
		Locator titles = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Veranstaltungen"))
			.getByRole(AriaRole.LINK);
		assertThat(titles).hasText(new String[] { "Betriebsbesuch " + tag, "Cafégespräch " + tag, "Abendforum " + tag });
		browser.check();

		field(page, "Sortierung").selectOption(new SelectOption().setLabel("Datum, späteste zuerst"));
		button(page, "Filtern").click();
		assertThat(titles).hasText(new String[] { "Abendforum " + tag, "Cafégespräch " + tag, "Betriebsbesuch " + tag });
		field(page, "Sortierung").selectOption(new SelectOption().setLabel("Titel"));
		button(page, "Filtern").click();
		assertThat(titles).hasText(new String[] { "Abendforum " + tag, "Betriebsbesuch " + tag, "Cafégespräch " + tag });
		browser.check();

		field(page, "Art").selectOption(new SelectOption().setLabel("Workshop"));
		button(page, "Filtern").click();
		assertThat(titles).hasText(new String[] { "Abendforum " + tag, "Betriebsbesuch " + tag });
		assertThat(field(page, "Art")).hasValue("WORKSHOP");
		assertThat(field(page, "Titel oder Ort")).hasValue(tag);
		browser.check();

		Download download = page.waitForDownload(() -> link(page, "Liste als CSV herunterladen").click());
		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename()).isEqualTo("veranstaltungen.csv");
		String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
		assertThat(csv).contains("Abendforum " + tag, "Betriebsbesuch " + tag, "Workshop").doesNotContain("Cafégespräch");

		field(page, "Titel oder Ort").fill("Quantenbäckerei " + tag);
		button(page, "Filtern").click();
		assertThat(page.getByText("Keine Veranstaltungen gefunden.")).isVisible();
		browser.check();
	}

	@Test
	void anExpertOffersASlotAMemberBooksItAndNobodyElseCan() {
		LocalDate day = LocalDate.now(TimeConfiguration.ZONE).plusDays(21);
		OffsetDateTime start = day.atTime(9, 0).atZone(TimeConfiguration.ZONE).toOffsetDateTime();
		UUID event = events.create(new EventData("Digitalisierungssprechtag " + tag, EventKind.CONSULTATION_DAY, null, start,
				start.plusHours(7), "Rathaus Bottrop", null, null, null, true, null, null, null, null, List.of()));

		Page expert = browser.newPage();
		browser.signIn(expert, DemoUser.EXPERT.email(), DemoUser.EXPERT.password());
		browser.visit(expert, "/events/" + event);
		follow(expert, "Sprechzeiten buchen", "Digitalisierungssprechtag " + tag);
		assertThat(expert.getByText("Für diesen Sprechtag gibt es noch keine Termine.")).isVisible();
		field(expert, "Beginn").fill(day.format(DateTimeFormatter.ofPattern("dd.MM.yyyy")) + " 10:00");
		field(expert, "Dauer in Minuten").fill("45");
		field(expert, "Themen").fill("Fördermittel, IT-Sicherheit");
		field(expert, "Raum oder Ort (vor Ort)").fill("Raum 112");
		button(expert, "Termin anbieten").click();
		assertThat(expert.getByText("Der Termin ist angeboten.")).isVisible();
		Locator offered = expert.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Raum 112"));
		assertThat(offered).containsText("45 Minuten");
		assertThat(offered).containsText("Fördermittel, IT-Sicherheit");
		assertThat(offered).containsText("frei");
		browser.check(expert);

		// the coordinator opens the page while the slot is still free
		Page coordinator = browser.newPage();
		browser.signIn(coordinator, DemoUser.COORDINATOR.email(), DemoUser.COORDINATOR.password());
		browser.visit(coordinator, "/events/" + event + "/slots");
		String topicLabel = "Ihr Thema für den Termin um 10:00 Uhr";
		assertThat(field(coordinator, topicLabel)).isVisible();

		browser.signIn(DemoUser.MEMBER);
		Page member = browser.page();
		browser.visit("/events/" + event + "/slots");
		button(member, "Termin buchen").click();
		assertThat(field(member, topicLabel)).hasAttribute("aria-invalid", "true");
		assertThat(field(member, topicLabel)).hasAccessibleDescription(Pattern.compile("Bitte füllen Sie dieses Feld aus"));
		browser.check();
		field(member, topicLabel).fill("Förderung für einen Onlineshop");
		button(member, "Termin buchen").click();
		assertThat(member.getByText("Ihr Termin ist gebucht. Die Einladung kommt per Mail.")).isVisible();
		assertThat(member.getByText("Ihre Buchung: Förderung für einen Onlineshop")).isVisible();
		assertThat(member.getByText("vergeben", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(button(member, "Termin buchen")).hasCount(0);
		browser.check();

		field(coordinator, topicLabel).fill("Noch ein Anliegen");
		button(coordinator, "Termin buchen").click();
		assertThat(coordinator.getByRole(AriaRole.ALERT))
			.hasText("Dieser Termin ist schon vergeben. Bitte wählen Sie einen anderen freien Termin.");
		assertThat(field(coordinator, topicLabel)).hasCount(0);
		assertThat(coordinator.getByText("vergeben", new Page.GetByTextOptions().setExact(true))).isVisible();
		browser.check(coordinator);
		assertThat(jdbc.sql("""
				select count(*) from consultation_booking b join consultation_slot s on s.id = b.slot where s.event = ?""")
			.param(event).query(Integer.class).single()).isOne();

		browser.visit("/events/" + event);
		Locator calendar = link(member, "In den eigenen Kalender übernehmen (.ics)");
		APIResponse ics = member.request().get(calendar.getAttribute("href"));
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.headers().get("content-type")).startsWith("text/calendar");
		assertThat(ics.text()).contains("BEGIN:VCALENDAR", "Digitalisierungssprechtag " + tag);
	}

	@Test
	void theEnglishLinkShowsTheEventPageInEnglish() {
		UUID event = event("Repair café " + tag, EventKind.BREAKFAST, 8, 12);
		Page page = browser.page();
		browser.visit("/events/" + event);
		assertThat(heading(page, "Anmeldung")).isVisible();
		link(page, "English").click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(heading(page, "Repair café " + tag)).isVisible();
		assertThat(page.getByText("Breakfast", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(heading(page, "Registration")).isVisible();
		assertThat(button(page, "Register")).isVisible();
		assertThat(checkbox(page, "I agree that my details are stored to organise this event.")).isVisible();
		assertThat(page.getByText("12 of 12 free, 0 on the waitlist")).isVisible();
		assertThat(link(page, "Add to your calendar (.ics)")).isVisible();
		browser.check();

		register(page, List.of("Given name", "Family name", "Email",
				"I agree that my details are stored to organise this event.", "Register"), "Robin", "Smith",
				"robin.smith." + tag + "@example.org");
		assertThat(page.getByText("Your seat is confirmed.")).isVisible();
		browser.check();
		assertThat(jdbc.sql("select language from registration where event = ?").param(event).query(String.class).single())
			.isEqualTo("en");
	}

	/** Follows a link, waits for the page it leads to by that page's heading and checks it. */
	private static void follow(Page page, String linkName, String headingName) {
		link(page, linkName).click();
		assertThat(heading(page, headingName)).isVisible();
		browser.check(page);
	}

	/** Fills the registration form on an event's page in German and sends it. */
	private static void register(Page page, String givenName, String familyName, String email) {
		register(page, List.of("Vorname", "Nachname", "E-Mail", PRIVACY, "Verbindlich anmelden"), givenName, familyName,
				email);
	}

	/** Fills the registration form with the given labels of name, family name, email, privacy and button. */
	private static void register(Page page, List<String> labels, String givenName, String familyName, String email) {
		field(page, labels.get(0)).fill(givenName);
		field(page, labels.get(1)).fill(familyName);
		field(page, labels.get(2)).fill(email);
		checkbox(page, labels.get(3)).check();
		button(page, labels.get(4)).click();
	}

	/** The value of a figure in a description list, which follows its term. */
	private static Locator figure(Locator figures, String term) {
		return figures.locator("dt").filter(new Locator.FilterOptions().setHasText(Pattern.compile("^" + term + "$")))
			.locator("xpath=following-sibling::dd[1]");
	}

	/** A public event {@code inDays} from now at 10:00, two hours long. */
	private UUID event(String title, EventKind kind, int inDays, Integer capacity) {
		OffsetDateTime start = LocalDate.now(TimeConfiguration.ZONE).plusDays(inDays).atTime(LocalTime.of(10, 0))
			.atZone(TimeConfiguration.ZONE).toOffsetDateTime();
		return events.create(new EventData(title, kind, null, start, start.plusHours(2), "Bottrop", null, null, null, true,
				capacity, null, null, null, List.of()));
	}

	private void registerInJava(UUID event, String givenName, String familyName) {
		desk.register(new RegistrationRequest(event, givenName, familyName,
				(givenName + "." + familyName + "." + tag + "@example.org").toLowerCase(), null, null, false, "de", null));
	}

	private String token(UUID event, String givenName) {
		return jdbc.sql("select cancel_token from registration where event = ? and given_name = ?").param(event)
			.param(givenName).query(String.class).single();
	}

	private String status(UUID event, String givenName) {
		return jdbc.sql("select status from registration where event = ? and given_name = ?").param(event).param(givenName)
			.query(String.class).single();
	}

	private int registrations(UUID event) {
		return jdbc.sql("select count(*) from registration where event = ?").param(event).query(Integer.class).single();
	}

	private static UUID eventId(String eventPath) {
		return UUID.fromString(eventPath.replaceFirst("^/events/([0-9a-f-]{36}).*$", "$1"));
	}
}
