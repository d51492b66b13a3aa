package org.regiolab.surveys;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.SampleFiles;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.support.Locators.button;
import static org.regiolab.support.Locators.checkbox;
import static org.regiolab.support.Locators.field;
import static org.regiolab.support.Locators.heading;
import static org.regiolab.support.Locators.link;

/**
 * The surveys as a coordinator builds them and a company answers them in the browser: a survey put
 * together through the forms, page by page; the answer page on a phone across two visits; the
 * public link; the invitation page's preview of whom an audience reaches and whom it leaves out.
 * Every page passes the axe and reflow checks; each test has a world of its own.
 */
@IntegrationTest
class SurveysBrowserTest {

	static final String BOTTROP = "Wirtschaftsallianz Bottrop";
	static final String SECTOR = "In welcher Branche ist Ihr Unternehmen tätig?";
	static final String MEMBER = "Ist Ihr Unternehmen Mitglied eines Bündnisses?";
	static final String WISH = "Was müsste sich ändern, damit Sie mitmachen?";
	static final String RECOMMEND = "Wie wahrscheinlich ist es, dass Sie das Netzwerk weiterempfehlen?";
	static final String SATISFIED = "Wie zufrieden sind Sie mit unseren Angeboten?";
	static final String PRIORITIES = "Welche Themen sind Ihnen am wichtigsten?";
	static final String STAFF = "Wie viele Menschen arbeiten in Ihrem Unternehmen?";
	static final List<String> STEPS = List.of("sehr zufrieden", "zufrieden", "teils, teils", "unzufrieden", "sehr unzufrieden");
	static final List<String> OFFERS = List.of("Veranstaltungen", "Beratung", "Vernetzung mit anderen Unternehmen");

	/** Set SURVEY_SHOTS to a folder to keep a picture of every page at 320 and 1280 pixels. */
	static final String SHOTS = System.getenv("SURVEY_SHOTS");

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	ApplicationContext application;

	@Autowired
	Surveys surveys;

	SurveyWorld world;

	@BeforeEach
	void world() {
		world = new SurveyWorld(application);
	}

	@Test
	void aCoordinatorPutsASurveyTogetherPageByPageAndAChoiceWithoutOptionsIsRefusedAtItsField() {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/surveys");
		shoot(page, "surveys-list");
		follow(page, link(page, "Umfrage anlegen"), "Umfrage anlegen");

		// without a title nothing is stored and the title says why
		button(page, "Speichern").click();
		assertThat(field(page, "Titel (deutsch)")).hasAttribute("aria-invalid", "true");
		assertThat(field(page, "Titel (deutsch)")).hasAccessibleDescription(Pattern.compile("Bitte füllen Sie dieses Feld aus"));
		browser.check();
		shoot(page, "survey-form-error");

		String title = "Unternehmensbefragung Bottrop " + world.tag;
		field(page, "Titel (deutsch)").fill(title);
		field(page, "Bündnis").selectOption(new SelectOption().setLabel(BOTTROP));
		field(page, "Einleitung (deutsch)").fill("Die Befragung dauert etwa fünf Minuten.");
		button(page, "Speichern").click();
		assertThat(heading(page, title)).isVisible();
		assertThat(page.getByRole(AriaRole.STATUS)).hasText("Gespeichert.");
		assertThat(page.getByText("Auf dieser Seite stehen noch keine Fragen.")).isVisible();
		browser.check();
		String surveyPath = path(page);

		follow(page, link(page, "Frage auf Seite 1 hinzufügen"), "Frage hinzufügen");
		shoot(page, "question-form");
		field(page, "Art der Frage").selectOption(new SelectOption().setLabel("Einfachauswahl"));
		field(page, "Fragetext (deutsch)").fill(SECTOR);
		button(page, "Speichern").click();
		Locator options = field(page, "Antwortmöglichkeiten");
		assertThat(options).hasAttribute("aria-invalid", "true");
		assertThat(options).hasAccessibleDescription(Pattern.compile("Bitte geben Sie die Antwortmöglichkeiten an"));
		assertThat(page.locator(".field").filter(new Locator.FilterOptions().setHas(options)).locator(".field-error"))
			.hasText("Bitte geben Sie die Antwortmöglichkeiten an (eine je Zeile; bei Rangfolge und Matrix mindestens zwei).");
		assertThat(field(page, "Fragetext (deutsch)")).hasValue(SECTOR);
		browser.check();
		shoot(page, "question-form-error");

		options.fill("Handwerk\nIndustrie\nHandel\nDienstleistung");
		checkbox(page, "Pflichtfrage").check();
		checkbox(page, "»Sonstiges« mit Freitext anbieten").check();
		saveQuestion(page, title, SECTOR);

		addQuestion(page, 1, "Ja/Nein", MEMBER);
		saveQuestion(page, title, MEMBER);

		button(page, "Seite hinzufügen").click();
		assertThat(heading(page, "Seite 2")).isVisible();
		browser.check();

		addQuestion(page, 2, "Skala 0–10", RECOMMEND);
		checkbox(page, "Pflichtfrage").check();
		saveQuestion(page, title, RECOMMEND);

		addQuestion(page, 2, "Matrix (Zeilen × Skala)", SATISFIED);
		field(page, "Antwortmöglichkeiten").fill(String.join("\n", STEPS));
		field(page, "Zeilen der Matrix").fill(String.join("\n", OFFERS));
		saveQuestion(page, title, SATISFIED);

		// the condition looks at the yes/no question on page 1; only earlier questions are offered
		addQuestion(page, 2, "Langer Text", WISH);
		Locator conditionQuestion = field(page, "Frage");
		assertThat(conditionQuestion.locator("option")).hasText(new String[] { "– immer zeigen –", SECTOR, MEMBER, RECOMMEND, SATISFIED });
		conditionQuestion.selectOption(new SelectOption().setLabel(MEMBER));
		field(page, "Vergleich").selectOption(new SelectOption().setLabel("ist"));
		field(page, "Wert").fill("false");
		saveQuestion(page, title, WISH);

		Locator second = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Seite 2"));
		assertThat(second.locator("ol > li > strong")).hasText(new String[] { RECOMMEND, SATISFIED, WISH });
		assertThat(second.getByText("(Langer Text, mit Bedingung)")).isVisible();
		shoot(page, "survey-builder");

		// the wish comes before the matrix, then the question is opened again and kept as it is
		button(page, "Frage »" + WISH + "« nach oben schieben").click();
		assertThat(second.locator("ol > li > strong")).hasText(new String[] { RECOMMEND, WISH, SATISFIED });
		browser.check();
		follow(page, link(page, "Frage »" + WISH + "« bearbeiten"), "Frage bearbeiten");
		assertThat(field(page, "Frage")).hasValue(surveys.load(id(surveyPath)).data().definition().pages().get(0).questions()
			.get(1).key());
		assertThat(field(page, "Wert")).hasValue("false");
		assertThat(field(page, "Seite")).hasValue("1");
		shoot(page, "question-form-edit");
		saveQuestion(page, title, WISH);

		follow(page, link(page, "Umfrage bearbeiten"), "Umfrage bearbeiten");
		assertThat(field(page, "Titel (deutsch)")).hasValue(title);
		shoot(page, "survey-form-edit");
		button(page, "Speichern").click();
		assertThat(heading(page, title)).isVisible();
		browser.check();

		SurveyDefinition definition = surveys.load(id(surveyPath)).data().definition();
		assertThat(definition.pages()).hasSize(2);
		Question sector = definition.pages().get(0).questions().get(0);
		assertThat(sector.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
		assertThat(sector.required()).isTrue();
		assertThat(sector.other()).isTrue();
		assertThat(sector.options()).extracting(Text::de).containsExactly("Handwerk", "Industrie", "Handel", "Dienstleistung");
		assertThat(definition.pages().get(1).questions()).extracting(Question::type)
			.containsExactly(QuestionType.SCALE, QuestionType.LONG_TEXT, QuestionType.MATRIX);
		Question matrix = definition.pages().get(1).questions().get(2);
		assertThat(matrix.rows()).extracting(Text::de).containsExactlyElementsOf(OFFERS);
		Condition condition = definition.pages().get(1).questions().get(1).condition();
		assertThat(condition).isEqualTo(new Condition(definition.pages().get(0).questions().get(1).key(), Condition.Operator.IS,
				"false"));

		// the list finds it, and the library offers its questions to the next survey
		browser.visit("/surveys?q=" + world.tag);
		assertThat(link(page, title)).isVisible();
		browser.visit(surveyPath + "/questions/new?library=" + world.tag);
		browser.visit(surveyPath + "/questions/new?page=1&library=" + "weiterempfehlen");
		assertThat(link(page, RECOMMEND).first()).isVisible();
		shoot(page, "question-form-library");
	}

	@Test
	void aCompanyAnswersOnAPhoneInTwoVisitsFindsItsAnswersKeptAndCannotAnswerTwice() {
		UUID survey = answerableSurvey(false);
		UUID company = world.company("Metallbau Kowalski", "25");
		world.person("Jana", "Kowalski", company, true);
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));
		String link = "/umfrage/" + world.link(survey, "invitation", world.email("Jana"));

		Page phone = phone();
		browser.visit(phone, link);
		assertThat(heading(phone, "Unternehmensbefragung " + world.tag)).isVisible();
		assertThat(phone.getByText("Seite 1 von 2")).isVisible();
		shoot(phone, "answer-page-1");

		// a required question left out: the page says so next to the question and keeps what was given
		radio(group(phone, MEMBER), "Nein").check();
		button(phone, "Weiter").click();
		assertThat(phone.getByRole(AriaRole.ALERT)).containsText(SECTOR + ": Bitte beantworten Sie diese Frage.");
		Locator sector = group(phone, SECTOR);
		assertThat(sector).hasAccessibleDescription(Pattern.compile("Bitte beantworten Sie diese Frage"));
		assertThat(radio(group(phone, MEMBER), "Nein")).isChecked();
		browser.check(phone);
		shoot(phone, "answer-page-1-error");

		radio(sector, "Sonstiges:").check();
		field(phone, "Sonstiges, und zwar").fill("Dachdeckerhandwerk");
		field(phone, WISH).fill("Termine am Abend");
		button(phone, "Weiter").click();
		assertThat(phone.getByText("Seite 2 von 2")).isVisible();
		browser.check(phone);

		// the company leaves and comes back another day, in a fresh browser, through the same link
		Page again = phone();
		browser.visit(again, link);
		assertThat(again.getByText("Seite 2 von 2")).isVisible();
		shoot(again, "answer-page-2");
		radio(group(again, RECOMMEND), "8").check();
		Locator matrix = group(again, SATISFIED);
		for (String offer : OFFERS) {
			radio(matrix.getByRole(AriaRole.GROUP, new Locator.GetByRoleOptions().setName(offer)), "zufrieden").check();
		}
		field(again, "Fachkräfte").selectOption("1");
		field(again, "Digitalisierung").selectOption("2");
		field(again, "Energie").selectOption("3");
		field(again, STAFF).fill("12");
		button(again, "Zurück").click();
		assertThat(again.getByText("Seite 1 von 2")).isVisible();
		assertThat(radio(group(again, SECTOR), "Sonstiges:")).isChecked();
		assertThat(field(again, "Sonstiges, und zwar")).hasValue("Dachdeckerhandwerk");
		assertThat(radio(group(again, MEMBER), "Nein")).isChecked();
		assertThat(field(again, WISH)).hasValue("Termine am Abend");
		browser.check(again);

		button(again, "Weiter").click();
		assertThat(again.getByText("Seite 2 von 2")).isVisible();
		assertThat(radio(group(again, RECOMMEND), "8")).isChecked();
		assertThat(field(again, STAFF)).hasValue("12");
		button(again, "Antworten absenden").click();
		assertThat(again.getByText("Vielen Dank für Ihre Teilnahme! Ihre Antworten sind gespeichert.")).isVisible();
		browser.check(again);
		shoot(again, "answer-thanks");
		assertThat(world.responses(survey)).isOne();

		Page third = phone();
		browser.visit(third, link);
		assertThat(third.getByText("Sie haben diese Umfrage schon beantwortet. Vielen Dank!")).isVisible();
		shoot(third, "answer-already");
		assertThat(world.responses(survey)).isOne();
	}

	@Test
	void aCompanySendsAPdfFromAPhoneAndFindsItKeptWhenItComesBack() {
		String document = "Möchten Sie uns ein Dokument zu Ihrem Vorhaben mitsenden?";
		SurveyDefinition definition = Questions.definition(Questions.page(new Question("dokument", QuestionType.FILE,
				Text.german(document), null, false, List.of(), false, null, 5, null, List.of(), null, List.of(FileKind.PDF))),
				Questions.page(Questions.question("weiter", QuestionType.YES_NO)));
		UUID survey = surveys.create(world.data(definition, false, true, null, null));

		Page phone = phone();
		browser.visit(phone, "/umfrage/offen/" + surveys.load(survey).openLink());
		Locator file = field(phone, document);
		assertThat(file).hasAccessibleDescription(Pattern.compile("PDF, höchstens 5 MB"));
		browser.check(phone);
		file.setInputFiles(new FilePayload("Vorhaben Glasfaser.pdf", "application/pdf", SampleFiles.pdf()));
		button(phone, "Weiter").click();
		assertThat(phone.getByText("Seite 2 von 2")).isVisible();

		button(phone, "Zurück").click();
		assertThat(phone.getByText(Pattern.compile("^Hochgeladen: Vorhaben Glasfaser\\.pdf \\("))).isVisible();
		assertThat(checkbox(phone, "Vorhaben Glasfaser.pdf entfernen")).not().isChecked();
		browser.check(phone);
		shoot(phone, "answer-file-kept");
	}

	@Test
	void thePublicLinkGivesAPhoneItsOwnLinkAndAnUnknownLinkSaysSo() {
		UUID survey = answerableSurvey(true);
		String open = surveys.load(survey).openLink();

		browser.signIn(DemoUser.COORDINATOR);
		browser.visit("/surveys/" + survey);
		assertThat(browser.page().getByText("/umfrage/offen/" + open)).isVisible();

		Page phone = phone();
		browser.visit(phone, "/umfrage/offen/" + open);
		assertThat(phone.getByText("Seite 1 von 2")).isVisible();
		assertThat(phone).hasURL(Pattern.compile("/umfrage/(?!offen)[^/]+$"));

		browser.visit(phone, "/umfrage/u_gibt-es-nicht");
		assertThat(phone.getByText(Pattern.compile("^Diesen Link kennen wir nicht"))).isVisible();
		shoot(phone, "answer-unknown");
	}

	@Test
	void theInvitationPageShowsWhomAnAudienceReachesAndWhomItLeavesOutThenSends() {
		UUID survey = answerableSurvey(false);
		UUID roofer = world.company("Metallbau Kowalski", "25");
		UUID agency = world.company("Agentur Overbeck", "62");
		world.person("Jana", "Kowalski", roofer, true);
		world.person("Mehmet", "Yilmaz", agency, true);
		world.person("Bernd", "Overbeck", agency, false);

		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/surveys/" + survey);
		String title = "Unternehmensbefragung " + world.tag;
		follow(page, link(page, "Einladen"), "Zur Umfrage »" + title + "« einladen");
		assertThat(heading(page, "Wen diese Auswahl erreicht")).hasCount(0);
		shoot(page, "invitations");

		field(page, "Mitglieder des Bündnisses").selectOption(new SelectOption().setLabel("Umfrageallianz " + world.tag));
		button(page, "Auswahl prüfen").click();
		assertThat(heading(page, "Wen diese Auswahl erreicht")).isVisible();
		assertThat(page.getByText("Einzuladen: 2. Ohne Zustimmung ausgeschlossen: 1. Schon eingeladen: 0.")).isVisible();
		Locator preview = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Wen diese Auswahl erreicht"));
		assertThat(preview.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Bernd Overbeck")))
			.hasText("Bernd Overbeck (Agentur Overbeck " + world.tag + ") – keine Zustimmung zu Umfragen");
		assertThat(preview.getByText("Jana Kowalski (Metallbau Kowalski " + world.tag + ")")).isVisible();
		browser.check();
		shoot(page, "invitations-preview");

		button(page, "Jetzt 2 Einladungen senden").click();
		assertThat(page.getByRole(AriaRole.STATUS))
			.hasText("Es wurden 2 Einladungen verschickt; 1 Personen ohne Zustimmung wurden nicht angeschrieben.");
		browser.check();
		assertThat(world.count("select count(*) from survey_invitation where survey = ?", survey)).isEqualTo(2);
		assertThat(world.link(survey, "invitation", world.email("Mehmet"))).startsWith("u_");
	}

	/** A survey of the world's alliance with two pages and every kind of question the answer page shows as a group. */
	private UUID answerableSurvey(boolean openLink) {
		Question sector = new Question("branche", QuestionType.SINGLE_CHOICE, Text.german(SECTOR), null, true,
				Questions.texts("Handwerk", "Industrie", "Handel", "Dienstleistung"), true, null, null, null, List.of(), null);
		Question member = new Question("mitglied", QuestionType.YES_NO, Text.german(MEMBER), null, true, List.of(), false, null,
				null, null, List.of(), null);
		Question wish = new Question("wunsch", QuestionType.LONG_TEXT, Text.german(WISH), null, false, List.of(), false, null,
				null, null, List.of(), new Condition("mitglied", Condition.Operator.IS, "false"));
		Question recommend = new Question("empfehlung", QuestionType.SCALE, Text.german(RECOMMEND), null, true, List.of(), false,
				null, null, null, List.of(), null);
		Question satisfied = new Question("zufriedenheit", QuestionType.MATRIX, Text.german(SATISFIED), null, false,
				Questions.texts(STEPS.toArray(String[]::new)), false, null, null, null,
				Questions.texts(OFFERS.toArray(String[]::new)), null);
		Question priorities = new Question("themen", QuestionType.RANKING, Text.german(PRIORITIES), null, false,
				Questions.texts("Fachkräfte", "Digitalisierung", "Energie"), false, null, null, null, List.of(), null);
		Question staff = new Question("beschaeftigte", QuestionType.NUMBER, Text.german(STAFF), null, false, List.of(), false, 0,
				null, "Beschäftigte", List.of(), null);
		SurveyDefinition definition = Questions.definition(Questions.page(sector, member, wish),
				Questions.page(recommend, satisfied, priorities, staff));
		return surveys.create(world.data(definition, false, openLink, null, null));
	}

	private static Page phone() {
		return browser.newPage(options -> options.setViewportSize(320, 640));
	}

	private static void addQuestion(Page page, int onPage, String type, String text) {
		follow(page, link(page, "Frage auf Seite " + onPage + " hinzufügen"), "Frage hinzufügen");
		assertThat(field(page, "Seite")).hasValue(String.valueOf(onPage - 1));
		field(page, "Art der Frage").selectOption(new SelectOption().setLabel(type));
		field(page, "Fragetext (deutsch)").fill(text);
	}

	/** Saves the question form and waits for the builder, which shows the question. */
	private static void saveQuestion(Page page, String title, String text) {
		button(page, "Speichern").click();
		assertThat(heading(page, title)).isVisible();
		assertThat(page.locator(".survey-questions > li > strong")
			.filter(new Locator.FilterOptions().setHasText(exactly(text)))).isVisible();
		browser.check(page);
	}

	/** Follows a link, waits for the page it leads to by that page's heading and checks it. */
	private static void follow(Page page, Locator link, String headingName) {
		link.click();
		assertThat(heading(page, headingName)).isVisible();
		browser.check(page);
	}

	/** A question answered with several fields: a group named by its legend (the question and whether it is required). */
	private static Locator group(Page page, String question) {
		return page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(startingWith(question)));
	}

	/** A pattern for the text as it is; Playwright hands patterns to JavaScript, which knows no \\Q…\\E. */
	private static Pattern startingWith(String text) {
		return Pattern.compile("^" + text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
	}

	private static Pattern exactly(String text) {
		return Pattern.compile(startingWith(text).pattern() + "$");
	}

	private static Locator radio(Locator group, String label) {
		return group.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label).setExact(true));
	}

	private static String path(Page page) {
		return page.url().replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
	}

	private static UUID id(String surveyPath) {
		return UUID.fromString(surveyPath.replaceFirst("^/surveys/([0-9a-f-]{36}).*$", "$1"));
	}

	/** A full picture of the page at a phone's and a desktop's width, if SURVEY_SHOTS names a folder. */
	private static void shoot(Page page, String name) {
		if (SHOTS == null) {
			return;
		}
		var original = page.viewportSize();
		try {
			for (int width : List.of(320, 1280)) {
				page.setViewportSize(width, 800);
				page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(Path.of(SHOTS, name + "-" + width + ".png")));
			}
		}
		finally {
			page.setViewportSize(original.width, original.height);
		}
	}
}
