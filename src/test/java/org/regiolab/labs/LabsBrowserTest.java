package org.regiolab.labs;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.regiolab.support.Browser;
import org.regiolab.support.DemoUser;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.labs.FactSheetExportIntegrationTest.assertInOrder;
import static org.regiolab.support.Locators.button;
import static org.regiolab.support.Locators.checkbox;
import static org.regiolab.support.Locators.field;
import static org.regiolab.support.Locators.heading;
import static org.regiolab.support.Locators.link;
import static org.regiolab.support.Locators.rowOf;

/**
 * The labs as coordinators, members and administrators use them in the browser: fact sheets
 * entered through the form and downloaded, the solution library, the overviews, the start page's
 * reminder, English. Every page passes the axe check; what a test creates carries a tag of its own.
 */
@IntegrationTest
class LabsBrowserTest {

	/** The application counts days by the calendar of Berlin, whatever the machine's zone. */
	static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	static final String SKILLS = "Fachkräftesicherung";
	static final String CRAFT = "Digitale Koproduktion im Handwerk";
	static final String KOSI = "KoSI-Lab";
	static final String CRAFT_MEASURE = "Kooperation zur Erhöhung des Digitalisierungsstands der Bottroper Handwerksunternehmen";
	static final String SDG_8 = "SDG 8: Menschenwürdige Arbeit und Wirtschaftswachstum";
	static final List<String> SHEET_LABELS = List.of("Aktivitäten", "Koordination", "Finanzierung", "Beteiligte Akteure",
			"Zielgruppe(n)", "Mehrwert", "Ergebnisse", "Zukunftsperspektive");

	@RegisterExtension
	static Browser browser = new Browser();

	@Autowired
	JdbcClient jdbc;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aCoordinatorEntersTheSeedsRefugeeMeasureCorrectsAWrongDateAndDownloadsItsFactSheets() throws IOException {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/labs");
		follow(page, SKILLS, SKILLS);
		follow(page, "Maßnahme anlegen", "Maßnahme anlegen");

		// the sheet's rows in the order the seed prints them, and the keyboard follows that order
		field(page, "Titel der Maßnahme").focus();
		for (String next : List.of("Aktivitäten", "Koordination")) {
			page.keyboard().press("Tab");
			assertThat(field(page, next)).isFocused();
		}
		page.keyboard().press("Tab");
		assertThat(page.getByRole(AriaRole.CHECKBOX).first()).isFocused();

		String title = "Unterstützung der Integration von Geflüchteten in Bottroper Unternehmen " + tag;
		field(page, "Titel der Maßnahme").fill(title);
		field(page, "Aktivitäten").fill("""
				Verständnis über die Einstellung Geflüchteter verschaffen
				Handlungsbedarfe ermitteln durch:
				Qualitative Befragung von (Handwerks)Unternehmen (Interviews)
				Initiierung eines Netzwerks des Referats Migration, Unternehmen und weiteren Akteuren""");
		field(page, "Koordination").fill("Amt für Wirtschaftsförderung, später kann wechseln");
		checkbox(page, "Bottrop2018+").check();
		field(page, "Budget in Euro für Bottrop2018+").fill("12.500,00");
		field(page, "Weitere Angaben zur Finanzierung").fill("Bottrop2018+ (projektfinanziert)");
		field(page, "Beteiligte Akteure")
			.fill("Sozialamt bzw. Referat Migration\nAusländeramt der Stadt Bottrop\nUnternehmen\nGeflüchtete");
		field(page, "Zielgruppe(n)").fill("(Handwerks-)Unternehmen");
		field(page, "Mehrwert")
			.fill("direkten Einfluss auf kommunales Verwaltungshandeln ausüben\nUnterstützungsangebote mitgestalten");
		field(page, "Datum von Ergebnis 1").fill("01.01.20021");
		field(page, "Ergebnis 1").fill("Interview mit 5 Unternehmen mit Erfahrung in der Anstellung von Geflüchteten");
		field(page, "Datum von Ergebnis 2").fill("08.2022");
		field(page, "Ergebnis 2").fill("Zusammenschluss von Wirtschaftsförderung, Referat Migration und Ausländeramt");
		field(page, "Datum von Ergebnis 3").fill("2022");
		field(page, "Ergebnis 3").fill("Unternehmensveranstaltung zur Präsentation der Ergebnisse und Folgemaßnahmen");
		field(page, "Zukunftsperspektive").fill("Über die Projektlaufzeit hinaus soll am NRW-Landesprogramm "
				+ "»Kommunales Integrationsmanagement« (KIM) angeknüpft und die Maßnahme weitergeführt werden.");
		checkbox(page, "Migration").check();
		checkbox(page, "Demografischer Wandel").check();
		checkbox(page, SDG_8).check();
		checkbox(page, "SDG 10: Weniger Ungleichheiten").check();
		button(page, "Speichern").click();

		Locator wrongDate = field(page, "Datum von Ergebnis 1");
		assertThat(page.getByText("Bitte geben Sie ein Datum zwischen 1900 und 2199 an")).isVisible();
		assertThat(wrongDate).hasAttribute("aria-invalid", "true");
		assertThat(wrongDate).hasAccessibleDescription(Pattern.compile("zwischen 1900 und 2199"));
		assertThat(wrongDate).hasValue("01.01.20021");
		assertThat(field(page, "Datum von Ergebnis 2")).hasValue("08.2022");
		assertThat(field(page, "Ergebnis 3"))
			.hasValue("Unternehmensveranstaltung zur Präsentation der Ergebnisse und Folgemaßnahmen");
		assertThat(field(page, "Budget in Euro für Bottrop2018+")).hasValue("12.500,00");
		assertThat(checkbox(page, "SDG 10: Weniger Ungleichheiten")).isChecked();
		assertThat(measuresTitled(title)).isZero();
		browser.check();

		wrongDate.fill("26.11.2021");
		wrongDate.press("Enter");
		assertThat(page.getByText("Die Maßnahme ist gespeichert.")).isVisible();
		assertThat(heading(page, title)).isVisible();
		browser.check();
		assertThat(measuresTitled(title)).isOne();

		assertThat(link(page, SKILLS)).isVisible();
		for (String label : List.of("MT »Demografischer Wandel«", "MT »Migration«",
				"SDG 8 »Menschenwürdige Arbeit und Wirtschaftswachstum«", "SDG 10 »Weniger Ungleichheiten«")) {
			assertThat(page.getByText(label, new Page.GetByTextOptions().setExact(true))).isVisible();
		}
		containsAll(rowOf(page, "Aktivitäten"), "Verständnis über die Einstellung Geflüchteter verschaffen",
				"Handlungsbedarfe ermitteln durch:", "Qualitative Befragung von (Handwerks)Unternehmen (Interviews)",
				"Initiierung eines Netzwerks des Referats Migration, Unternehmen und weiteren Akteuren");
		assertThat(rowOf(page, "Koordination")).containsText("Amt für Wirtschaftsförderung, später kann wechseln");
		assertThat(rowOf(page, "Finanzierung")).containsText("Bottrop2018+ (12.500,00 €)");
		assertThat(rowOf(page, "Finanzierung")).containsText("Bottrop2018+ (projektfinanziert)");
		containsAll(rowOf(page, "Beteiligte Akteure"), "Sozialamt bzw. Referat Migration",
				"Ausländeramt der Stadt Bottrop", "Unternehmen", "Geflüchtete");
		assertThat(rowOf(page, "Zielgruppe(n)")).containsText("(Handwerks-)Unternehmen");
		assertThat(rowOf(page, "Mehrwert")).containsText("Unterstützungsangebote mitgestalten");
		containsAll(rowOf(page, "Ergebnisse"),
				"26.11.2021 – Interview mit 5 Unternehmen mit Erfahrung in der Anstellung von Geflüchteten",
				"August 2022 – Zusammenschluss von Wirtschaftsförderung, Referat Migration und Ausländeramt",
				"2022 – Unternehmensveranstaltung zur Präsentation der Ergebnisse und Folgemaßnahmen");
		assertThat(rowOf(page, "Zukunftsperspektive")).containsText("»Kommunales Integrationsmanagement« (KIM)");

		String pdf = pdfText(download(page, "Steckbrief als PDF", ".pdf"));
		assertInOrder(pdf, SHEET_LABELS);
		assertThat(pdf).contains("Ausländeramt der Stadt Bottrop", "Verständnis über die Einstellung Geflüchteter verschaffen",
				"26.11.2021 – Interview mit 5 Unternehmen", "»Bottrop 2018+« der Stadt Bottrop");
		String docx = docxText(download(page, "Steckbrief als Word-Dokument (DOCX)", ".docx"));
		assertInOrder(docx, SHEET_LABELS);
		assertThat(docx).contains("Ausländeramt der Stadt Bottrop", "Unterstützungsangebote mitgestalten", "Geflüchtete");

		// the actor named as in the registry is linked to the organisation, whose page lists the measure
		Locator office = link(page, "Ausländeramt der Stadt Bottrop");
		assertThat(office).hasAttribute("href", Pattern.compile("/network/organisations/[0-9a-f-]{36}"));
		office.click();
		assertThat(heading(page, "Ausländeramt der Stadt Bottrop")).isVisible();
		assertThat(page.getByText("Maßnahme: " + title + " (Beteiligter Akteur)")).isVisible();
		browser.check();
	}

	@Test
	void anotherResultRowComesWithoutSavingAndWithoutTheScriptsOfThePage() {
		// without the page's own scripts rather than with JavaScript off, which would stop the axe check too
		Page page = browser.newPage();
		page.route("**/*.js", route -> route.abort());
		browser.signIn(page, DemoUser.COORDINATOR.email(), DemoUser.COORDINATOR.password());
		browser.visit(page, "/labs/" + labId(SKILLS) + "/measures/new");
		Locator dates = page.getByLabel(Pattern.compile("^Datum von Ergebnis \\d+$"));
		assertThat(dates).hasCount(3);
		String title = "Ausbildungsbegleitung für Geflüchtete " + tag;
		field(page, "Titel der Maßnahme").fill(title);
		field(page, "Ergebnis 1").fill("Erste Tandems gebildet");
		field(page, "Datum von Ergebnis 3").fill("2023");
		field(page, "Ergebnis 3").fill("Zwischenbilanz");

		button(page, "Weitere Zeile für ein Ergebnis").click();
		assertThat(dates).hasCount(4);
		browser.check(page);
		assertThat(field(page, "Titel der Maßnahme")).hasValue(title);
		assertThat(field(page, "Ergebnis 1")).hasValue("Erste Tandems gebildet");
		assertThat(field(page, "Datum von Ergebnis 3")).hasValue("2023");
		assertThat(field(page, "Ergebnis 3")).hasValue("Zwischenbilanz");
		assertThat(field(page, "Ergebnis 4")).isEmpty();
		assertThat(measuresTitled(title)).isZero();

		field(page, "Ergebnis 4").fill("Abschlussveranstaltung");
		button(page, "Speichern").click();
		assertThat(heading(page, title)).isVisible();
		containsAll(rowOf(page, "Ergebnisse"), "Erste Tandems gebildet", "2023 – Zwischenbilanz",
				"Abschlussveranstaltung");
		browser.check(page);
	}

	@Test
	void aCoordinatorPublishesAMeasureFindsItInTheLibraryAndAdoptsItIntoALabWithoutAlliance() {
		String title = "Lehrstellenbörse im Bottroper Handwerk " + tag;
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/labs/" + labId(CRAFT) + "/measures/new");
		field(page, "Titel der Maßnahme").fill(title);
		field(page, "Aktivitäten").fill("Offene Lehrstellen der Betriebe sammeln\nSprechstunde in Schulen");
		field(page, "Zielgruppe(n)").fill("Schulabgänger:innen");
		checkbox(page, "Demografischer Wandel").check();
		checkbox(page, SDG_8).check();
		field(page, "Titel der Maßnahme").press("Enter");
		assertThat(heading(page, title)).isVisible();
		browser.check();
		String origin = page.url();
		link(page, "In der Lösungsbibliothek veröffentlichen").click();
		assertThat(heading(page, "Lösung veröffentlichen")).isVisible();
		assertThat(field(page, "Ansatz")).hasValue("Offene Lehrstellen der Betriebe sammeln\nSprechstunde in Schulen");
		browser.check();
		field(page, "Problem").fill("Betriebe finden keine Auszubildenden, Ausbildungsabbrüche häufen sich.");
		button(page, "Lösung veröffentlichen").click();
		assertThat(field(page, "Kontakt")).hasAttribute("aria-invalid", "true");
		browser.check();
		field(page, "Kontakt").fill("Amt für Wirtschaftsförderung, wirtschaft@bottrop.example");
		button(page, "Lösung veröffentlichen").click();
		assertThat(page.getByText("Die Maßnahme ist jetzt in der Lösungsbibliothek.")).isVisible();
		assertThat(page.getByText("Noch von keinem Labor übernommen.")).isVisible();
		assertThat(link(page, "In der Lösungsbibliothek veröffentlichen")).hasCount(0);
		browser.check();

		browser.visit("/labs");
		follow(page, "Lösungsbibliothek", "Lösungsbibliothek");
		field(page, "Suche in Problem, Ansatz und Ergebnissen").fill("Quantenbäckerei");
		field(page, "Suche in Problem, Ansatz und Ergebnissen").press("Enter");
		assertThat(page.getByText("Keine Lösungen gefunden.")).isVisible();
		browser.check();
		field(page, "Suche in Problem, Ansatz und Ergebnissen").fill("Ausbildungsabbrüche");
		field(page, "Suche in Problem, Ansatz und Ergebnissen").press("Enter");
		assertThat(link(page, title)).isVisible();
		browser.check();
		follow(page, title, title);
		page.getByLabel("Labor, das die Lösung übernimmt").selectOption(new SelectOption().setLabel(KOSI));
		button(page, "Lösung übernehmen").click();

		assertThat(page.getByText("Die Lösung wurde als neue Maßnahme übernommen.")).isVisible();
		assertThat(heading(page, title)).isVisible();
		assertThat(link(page, KOSI)).isVisible();
		assertThat(page.getByText("Übernommen aus der Lösungsbibliothek: " + title)).isVisible();
		assertThat(link(page, CRAFT + ", Wirtschaftsallianz Bottrop")).isVisible();
		assertThat(rowOf(page, "Aktivitäten")).containsText("Sprechstunde in Schulen");
		browser.check();
		String adopted = page.url();

		browser.visit(origin);
		Locator adoption = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
			.setName(Pattern.compile("^KoSI-Lab \\(ohne Bündnis\\), am \\d{2}\\.\\d{2}\\.\\d{4}$")));
		assertThat(adoption).isVisible();
		adoption.click();
		assertThat(page.getByText("Übernommen aus der Lösungsbibliothek: " + title)).isVisible();
		assertThat(page).hasURL(adopted);
	}

	@Test
	void theOverviewCountsTheMeasuresOfSdg8AndItsLinkFiltersTheList() {
		long expected = jdbc.sql("select count(distinct measure) from measure_sdg where sdg = 8").query(Long.class).single();
		browser.signIn(DemoUser.MEMBER);
		Page page = browser.page();
		browser.visit("/labs");
		follow(page, "Maßnahmen nach SDG und Megatrend", "Maßnahmen nach SDG und Megatrend");
		Locator row = page.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(link(page, SDG_8)));
		assertThat(row.getByRole(AriaRole.CELL).first()).hasText(String.valueOf(expected));

		link(page, SDG_8).click();
		assertThat(page).hasURL(Pattern.compile("[?&]sdg=8(&|$)"));
		assertThat(page.getByLabel("SDG", new Page.GetByLabelOptions().setExact(true))).hasValue("8");
		browser.check();
		Locator listed = page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Maßnahmen").setExact(true))
			.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.CELL)));
		assertThat(listed).hasCount((int) Math.min(expected, 25));
		for (Locator measure : listed.all()) {
			assertThat(measure).containsText("SDG 8 »Menschenwürdige Arbeit und Wirtschaftswachstum«");
		}
		assertThat(link(page, CRAFT_MEASURE)).isVisible();
		assertThat(link(page, "HalloBot – Onlineplattform und Digitalisierungsangebot")).hasCount(0);
	}

	@Test
	void aMemberReadsLabsAndMeasuresWithoutEditButtonsAndOnlyCoordinatorsAreRemindedOfTheLapsedFairtradeTown() {
		browser.signIn(DemoUser.MEMBER);
		Page page = browser.page();
		browser.visit("/");
		assertThat(page.getByText("Fairtrade-Town")).hasCount(0);
		browser.visit("/labs");
		assertThat(link(page, "Labor anlegen")).hasCount(0);
		page.getByLabel("Art", new Page.GetByLabelOptions().setExact(true)).selectOption(new SelectOption().setLabel("Reallabor"));
		page.getByLabel("Bündnis").selectOption(new SelectOption().setLabel("Wirtschaftsallianz Bottrop"));
		button(page, "Filtern").click();
		assertThat(page).hasURL(Pattern.compile("kind=REALLABOR"));
		for (String lab : List.of("Hybride Formen des Handels", CRAFT, SKILLS)) {
			assertThat(link(page, lab)).isVisible();
		}
		assertThat(link(page, "JOSEPHS")).hasCount(0);
		assertThat(link(page, KOSI)).hasCount(0);
		browser.check();

		link(page, "Hybride Formen des Handels").click();
		assertThat(heading(page, "Hybride Formen des Handels")).isVisible();
		for (String column : List.of("Reallabor", "Maßnahme(n)", "Megatrend/SDG")) {
			assertThat(page.getByRole(AriaRole.COLUMNHEADER, new Page.GetByRoleOptions().setName(column).setExact(true))).isVisible();
		}
		assertThat(page.getByText("MT »Faires Handeln«")).isVisible();
		assertThat(page.getByRole(AriaRole.LIST).filter(new Locator.FilterOptions().setHasText("Auszeichnung erworben")))
			.containsText("26.11.2021");
		assertThat(heading(page, "Fairtrade-Town")).isVisible();
		assertThat(link(page, "Alle Maßnahmen als PDF")).isVisible();
		for (String editing : List.of("Maßnahme anlegen", "Labor bearbeiten", "Zertifizierung erfassen",
				"Zertifizierung bearbeiten")) {
			assertThat(link(page, editing)).hasCount(0);
		}
		assertThat(button(page, "Labor löschen")).hasCount(0);
		browser.check();

		link(page, "HalloBot – Onlineplattform und Digitalisierungsangebot").click();
		assertThat(rowOf(page, "Finanzierung")).containsText("Förderprogramm »Wifi4EU«");
		assertThat(link(page, "Steckbrief als PDF")).isVisible();
		assertThat(link(page, "Maßnahme bearbeiten")).hasCount(0);
		assertThat(link(page, "In der Lösungsbibliothek veröffentlichen")).hasCount(0);
		assertThat(button(page, "Maßnahme löschen")).hasCount(0);
		browser.check();
		assertThat(browser.visit("/labs/" + labId(SKILLS) + "/measures/new").status()).isEqualTo(403);

		Page coordinator = browser.newPage();
		browser.signIn(coordinator, DemoUser.COORDINATOR.email(), DemoUser.COORDINATOR.password());
		Locator due = coordinator.getByRole(AriaRole.REGION, new Page.GetByRoleOptions()
			.setName("Zertifizierungen, deren Erneuerung in den nächsten 90 Tagen fällig ist oder überfällig ist"));
		Locator fairtrade = due.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHasText("Fairtrade-Town"));
		containsAll(fairtrade, "Fairtrade-Town", "Hybride Formen des Handels", "26.11.2023",
				String.format(Locale.GERMAN, "abgelaufen seit %,d Tagen",
						ChronoUnit.DAYS.between(LocalDate.of(2023, 11, 26), LocalDate.now(BERLIN))));
		fairtrade.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Hybride Formen des Handels")).click();
		assertThat(heading(coordinator, "Fairtrade-Town")).isVisible();
		browser.check(coordinator);
	}

	@Test
	void inEnglishTheMeasurePageAndFormSpeakEnglishAndReadEnglishAmounts() throws IOException {
		browser.signIn(DemoUser.COORDINATOR);
		Page page = browser.page();
		browser.visit("/labs/measures/" + measureId(CRAFT_MEASURE) + "?lang=en");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		for (String label : List.of("Activities", "Coordination", "Financing", "Actors involved", "Target group(s)", "Added value",
				"Results", "Outlook")) {
			assertThat(page.getByRole(AriaRole.ROWHEADER, new Page.GetByRoleOptions().setName(label).setExact(true))).isVisible();
		}
		assertThat(rowOf(page, "Results")).containsText("August 2021 – beschließen der offiziellen Kooperation");
		assertThat(page.getByText("SDG 8 »Decent work and economic growth«")).isVisible();
		assertThat(link(page, "Fact sheet as PDF")).isVisible();
		link(page, "Edit measure").click();
		assertThat(heading(page, "Edit measure")).isVisible();
		assertThat(field(page, "Title of the measure")).hasValue(Pattern.compile("^Kooperation zur Erhöhung"));
		assertThat(checkbox(page, "Digitalisation")).isChecked();
		assertThat(checkbox(page, "SDG 8: Decent work and economic growth")).isChecked();
		assertThat(button(page, "Another row for a result")).isVisible();
		browser.check();

		browser.visit("/labs/" + labId(KOSI) + "/measures/new");
		assertThat(heading(page, "Create measure")).isVisible();
		String title = "Neighbourhood repair café " + tag;
		field(page, "Title of the measure").fill(title);
		field(page, "Date of result 1").fill("08.2022");
		field(page, "Result 1").fill("Kick-off with 40 neighbours");
		checkbox(page, "Bottrop2018+").check();
		field(page, "Budget in euros for Bottrop2018+").fill("12,500.00");
		field(page, "Title of the measure").press("Enter");
		assertThat(page.getByText("The measure has been saved.")).isVisible();
		assertThat(rowOf(page, "Financing")).containsText("Bottrop2018+ (12,500.00 €)");
		assertThat(rowOf(page, "Results")).containsText("August 2022 – Kick-off with 40 neighbours");
		browser.check();
		assertInOrder(pdfText(download(page, "Fact sheet as PDF", ".pdf")), List.of("Activities", "Coordination",
				"Financing", "Actors involved", "Target group(s)", "Added value", "Results", "Outlook"));
	}

	@Test
	void anAdministratorKeepsFundingProgrammesMegatrendsAndCertificationsOnAccessiblePages(@TempDir Path folder)
			throws IOException {
		browser.signIn(DemoUser.ADMIN);
		Page page = browser.page();
		browser.visit("/labs/funding");
		follow(page, "Förderprogramm anlegen", "Förderprogramm anlegen");
		button(page, "Speichern").click();
		assertThat(field(page, "Name")).hasAttribute("aria-invalid", "true");
		browser.check();
		String programme = "Innovationsfonds Emscher-Lippe " + tag;
		field(page, "Name").fill(programme);
		page.getByLabel("Fonds").selectOption(new SelectOption().setLabel("Land"));
		field(page, "Fördermittelgeber").fill("Ministerium für Wirtschaft, Industrie, Klimaschutz und Energie NRW");
		field(page, "Pflichthinweis (Publizität)").fill("Gefördert vom Land Nordrhein-Westfalen.");
		field(page, "Name").press("Enter");
		assertThat(page.getByText("Das Förderprogramm ist gespeichert.")).isVisible();
		assertThat(heading(page, programme)).isVisible();
		browser.check();

		Path notAnImage = folder.resolve("logo.png");
		Files.writeString(notAnImage, "kein Bild", StandardCharsets.UTF_8);
		field(page, "Logo (PNG oder JPEG, höchstens 512 KB)").setInputFiles(notAnImage);
		button(page, "Logo hochladen").click();
		assertThat(page.getByText("Das Logo muss ein PNG- oder JPEG-Bild sein.")).isVisible();
		assertThat(field(page, "Logo (PNG oder JPEG, höchstens 512 KB)")).hasAttribute("aria-invalid", "true");
		browser.check();
		Path logo = folder.resolve("emscher-lippe.png");
		ImageIO.write(new BufferedImage(120, 40, BufferedImage.TYPE_INT_RGB), "png", logo.toFile());
		field(page, "Logo (PNG oder JPEG, höchstens 512 KB)").setInputFiles(logo);
		button(page, "Logo hochladen").click();
		assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Logo: " + programme))).isVisible();
		browser.check();
		link(page, "Förderprogramm bearbeiten").click();
		assertThat(field(page, "Name")).hasValue(programme);
		browser.check();

		browser.visit("/labs/megatrends");
		field(page, "Name (Deutsch)").fill("Kreislaufwirtschaft " + tag);
		field(page, "Name (Englisch)").fill("Circular economy " + tag);
		button(page, "Megatrend hinzufügen").click();
		assertThat(page.getByText("Der Megatrend wurde hinzugefügt.")).isVisible();
		assertThat(link(page, "Kreislaufwirtschaft " + tag)).isVisible();
		browser.check();

		browser.visit("/labs/" + labId(KOSI) + "/measures/new");
		assertThat(checkbox(page, programme)).isVisible();
		assertThat(checkbox(page, "Kreislaufwirtschaft " + tag)).isVisible();

		browser.visit("/labs/" + labId(KOSI));
		follow(page, "Zertifizierung erfassen", "Zertifizierung erfassen");
		String certification = "Gütesiegel Soziale Innovation " + tag;
		field(page, "Name der Zertifizierung").fill(certification);
		field(page, "Verliehen am").fill(LocalDate.now(BERLIN).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
		field(page, "Kriterium 1").fill("Kommune, Zivilgesellschaft und Wirtschaft beteiligt");
		checkbox(page, "Kriterium 1 erfüllt").check();
		field(page, "Name der Zertifizierung").press("Enter");
		assertThat(page.getByText("Die Zertifizierung ist gespeichert.")).isVisible();
		assertThat(heading(page, certification)).isVisible();
		browser.check();
		link(page, "Zertifizierung bearbeiten").click();
		assertThat(field(page, "Name der Zertifizierung")).hasValue(certification);
		browser.check();

		browser.visit("/labs/new");
		browser.visit("/labs/" + labId(KOSI) + "/edit");
	}

	/** Follows a link, waits for the page it leads to by that page's heading and checks it. */
	private static void follow(Page page, String linkName, String headingName) {
		link(page, linkName).click();
		assertThat(heading(page, headingName)).isVisible();
		browser.check(page);
	}

	private static void containsAll(Locator locator, String... texts) {
		for (String text : texts) {
			assertThat(locator).containsText(text);
		}
	}

	/** Downloads what the link offers and checks the file's name. */
	private static Path download(Page page, String linkName, String extension) {
		Download download = page.waitForDownload(() -> link(page, linkName).click());
		assertThat(download.failure()).isNull();
		assertThat(download.suggestedFilename()).startsWith("steckbrief-").endsWith(extension);
		return download.path();
	}

	private static String pdfText(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	private static String docxText(Path docx) throws IOException {
		try (InputStream in = Files.newInputStream(docx); XWPFDocument document = new XWPFDocument(in);
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText().replaceAll("\\s+", " ");
		}
	}

	private long measuresTitled(String title) {
		return jdbc.sql("select count(*) from measure where title = ?").param(title).query(Long.class).single();
	}

	private String labId(String name) {
		return jdbc.sql("select id from lab where name = ?").param(name).query(String.class).single();
	}

	private String measureId(String title) {
		return jdbc.sql("select id from measure where title = ? and created_by = 'system'").param(title).query(String.class)
			.single();
	}
}
