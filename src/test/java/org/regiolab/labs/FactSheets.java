package org.regiolab.labs;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.regiolab.labs.FactSheet.FundingNotice;
import org.regiolab.platform.AccessiblePdf;
import org.regiolab.labs.FactSheet.Measure;
import org.regiolab.labs.FactSheet.OverviewRow;
import org.regiolab.labs.FactSheet.Result;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Fact sheets from the seed (Bottrop's Reallabor »Hybride Formen des Handels« and its measures) and
 * the renderers wired by hand as the application wires them, without starting it.
 */
final class FactSheets {

	static final String PROGRAMME = "Wirtschaftsdienliche Maßnahmen (WDM)";
	static final String NOTICE = "Projekte im Förderprogramm Wirtschaftsdienliche Maßnahmen (WDM) werden aus Mitteln des "
			+ "Europäischen Fonds für regionale Entwicklung durch die Senatsverwaltung für Wirtschaft, Energie und "
			+ "Betriebe gefördert.";
	static final String FAIRTRADE = "Fairtrade-Town – Auszeichnung und Netzwerk";
	static final String HALLOBOT = "HalloBot – Onlineplattform und Digitalisierungsangebot";
	private static final String BACKGROUND = "Das Reallabor »Hybride Formen des Handels« wurde schon in der ersten "
			+ "Projektphase mit Fokus auf den Einzelhandel eingeführt. In der zweiten Projektphase wurden im Reallabor "
			+ "zwei Hauptziele formuliert: Zum einen sollte die Bottroper Wirtschaft, die durch kleine und mittelständische "
			+ "Unternehmen geprägt ist, weiterhin zum Thema Digitalisierung unterstützt werden. Dieser Bedarf hat sich im "
			+ "Zuge der Covid-19-Pandemie erhöht. Mit dem Eintreten der Kontaktbeschränkungen und des Lockdowns wurde "
			+ "schnell klar, dass es vielen Unternehmen, sowohl aus dem Einzelhandel als auch der Gastronomie und anderen "
			+ "Dienstleistungsbereichen, an einer digitalen Präsenz und Online-Angeboten mangelt. Um die Resilienz der "
			+ "Wirtschaft zu erhöhen, hat das Amt für Wirtschaftsförderung und Standortmanagement mehrere Maßnahmen "
			+ "koordiniert und umgesetzt. Darüber hinaus hat sich das Amt mit dem Projekt »Bottrop 2018+« das Ziel gesetzt, "
			+ "den Wirtschaftsstandort nachhaltiger zu gestalten. Vor diesem Hintergrund wurde im Rahmen des Reallabors das "
			+ "Thema »Fairtrade« aufgegriffen und parallel als ein weiteres Reallabor verfolgt.";

	private FactSheets() {
	}

	/** The lab with both its measures side by side and the WDM notice with a logo. */
	static FactSheet hybrideFormenDesHandels() {
		return new FactSheet("Reallabor »Hybride Formen des Handels«", "Hybride Formen des Handels", "Reallabor",
				"Wirtschaftsallianz Bottrop", BACKGROUND, "Zweite Projektphase",
				List.of(overviewOf(fairtradeTown()), overviewOf(halloBot())), List.of(fairtradeTown(), halloBot()),
				List.of(wdmNotice()), "22.11.2026");
	}

	/** HalloBot on its own, before its outlook is written, without the lab's background. */
	static FactSheet halloBotAlone() {
		Measure halloBot = halloBot();
		Measure withoutOutlook = new Measure(halloBot.title(), halloBot.activities(), halloBot.coordination(),
				halloBot.financing(), halloBot.actors(), halloBot.targetGroups(), halloBot.addedValue(),
				halloBot.results(), null, halloBot.megatrends(), halloBot.sdgs());
		return new FactSheet("Maßnahme »" + HALLOBOT + "«", "Hybride Formen des Handels", "Reallabor",
				"Wirtschaftsallianz Bottrop", null, null, List.of(overviewOf(halloBot)),
				List.of(withoutOutlook), List.of(new FundingNotice(PROGRAMME, NOTICE, null, null)), "22.11.2026");
	}

	static FactSheetPdf pdf() {
		return new FactSheetPdf(templateEngine(), messages(), new AccessiblePdf());
	}

	static FactSheetDocx docx() {
		return new FactSheetDocx(messages());
	}

	private static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/factsheet");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private static SpringTemplateEngine templateEngine() {
		ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
		templates.setPrefix("templates/");
		templates.setSuffix(".html");
		templates.setTemplateMode(TemplateMode.HTML);
		templates.setCharacterEncoding(StandardCharsets.UTF_8.name());
		SpringTemplateEngine engine = new SpringTemplateEngine();
		engine.setTemplateResolver(templates);
		engine.setTemplateEngineMessageSource(messages());
		return engine;
	}

	// the overview lists a measure's megatrends, then its SDGs
	private static OverviewRow overviewOf(Measure measure) {
		return new OverviewRow(measure.title(), Stream.concat(measure.megatrends().stream(), measure.sdgs().stream()).toList());
	}

	private static Measure fairtradeTown() {
		return new Measure(FAIRTRADE,
				List.of("Auszeichnung »Fairtrade-Town« – Kriterien erfüllen, Akteure vernetzen und zum Thema Fairtrade engagieren",
						"Netzwerk »Fairtrade Bottrop«"),
				"Amt für Wirtschaftsförderung", List.of("Bottrop2018+"),
				List.of("Einzelhändler, Politik (Stadtrat), Gastronomie, Glaubensgemeinschaften, Schulen, Vereine und Kitas"),
				List.of("Gesamte Stadtgesellschaft"),
				List.of("Engagement", "Sichtbarkeit", "Gegenseitige Unterstützung zum Thema »Fairtrade« durch Vernetzung"),
				List.of(new Result("26.11.2021",
						"Auszeichnung erworben; Übererfüllung der Kriterien (z.B. 17 Akteure in der Steuerungsgruppe statt 3)."),
						new Result(null, "Einbindung in die regionalen und nationalen Fairtrade Netzwerke"),
						new Result(null, "Interesse in Großunternehmen geweckt"),
						new Result(null, "Inspiration zum Engagement in Schulen"), new Result(null, "Start des Netzwerks")),
				"Die erworbene Auszeichnung »Fairtrade-Town« hat zunächst eine Validität von 2 Jahren. Nach Ablauf dieser "
						+ "Zeit wird eine neue Prüfung stattfinden. Aus diesem Grund wird angestrebt, über die Projektlaufzeit "
						+ "hinaus das Netzwerk und das Engagement aufrechtzuerhalten und zu erweitern.",
				List.of("MT »Faires Handeln«"),
				List.of("SDG 11 »Nachhaltige Städte und Gemeinden«", "SDG 12 »Nachhaltige/r Konsum und Produktion«"));
	}

	private static Measure halloBot() {
		return new Measure(HALLOBOT,
				List.of("Wifi in der Innenstadt", "Veranstaltungsreihe »Digitalisierungsausbau in Unternehmen«",
						"Onlineplattform"),
				"Amt für Wirtschaftsförderung", List.of("Bottrop2018+", "Förderprogramm »Wifi4EU«"),
				List.of("6 Unternehmen in der Innenstadt – Räumlichkeiten für Wifi Spots", "Digitalisierungsexperten",
						"Unternehmen aus Handel, Gastronomie und Gewerbe"),
				List.of("Bürger:innen", "Unternehmen", "Gesamtstadt"),
				List.of("Mehr Kundschaft in der Innenstadt", "Information zu Digitalisierungsausbau; starke Unternehmen",
						"Kostenlose und niederschwellige digitale Präsenz für Unternehmen; Stadtangebot auf einem Blick"),
				List.of(new Result(null, "Freies Wifi in der Innenstadt"),
						new Result(null, "3 Unternehmen konnten Förderung für Digitalisierungsmaßnahmen nach der "
								+ "Veranstaltungsreihe erwerben; Erhöhtes Interesse für weitere Angebote (Digital Coaching)"),
						new Result(null, "Großes Interesse für die Plattform, jedoch wenig Einschreiben nach Eigeninitiative. "
								+ "Aktive Rolle der Wirtschaftsförderung."),
						new Result(null, "Meist besuchten Seiten: Fairtrade-Town, Wochenmarkt, Bottrop-Gutschein")),
				"Die Betreuung und Aktualisierung der aufgebauten Plattform wird fortgeführt, sodass sie als ein erster "
						+ "»digitaler« Stopp für die Bottroper Bürger:innen und Unternehmen dienen kann.",
				List.of("MT »Digitalisierung« (durch die Covid-19-Pandemie gestärkt)"), List.of());
	}

	private static FundingNotice wdmNotice() {
		return new FundingNotice(PROGRAMME, NOTICE, logo(), "image/png");
	}

	// a plain logo of 240 × 80 pixels: the exports need its bytes and size, not its looks
	private static byte[] logo() {
		BufferedImage image = new BufferedImage(240, 80, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(0x0B3D63));
		graphics.fillRect(0, 0, 240, 80);
		graphics.setColor(new Color(0xFFCC00));
		graphics.fillOval(90, 10, 60, 60);
		graphics.dispose();
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}
}
