package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.DemoWorldPart;

import org.springframework.stereotype.Component;

/**
 * The plans of the seed documents. The Metropolregion Nürnberg is carried by its vision »Heimat für
 * Kreative« and five strategic goals (seed 000); the report names the vision and the number of goals,
 * not their wording, so the five are drawn from what it says the region does (the image campaign, the
 * alliance for skilled workers, the welcome culture, winning new partners, the urban-rural
 * partnership), and every figure but the 150 companies is invented. Bottrop's Zukunftsplan (seed 004)
 * has a goal per Reallabor (seed 003) and takes its results as values where the fact sheets give them:
 * 17 actors in the Fairtrade steering group instead of 3, three companies funded for digitalisation,
 * five companies interviewed; the rest is invented and says so in its source.
 */
@Component
class StrategyDemoWorld implements DemoWorldPart {

	static final String NUREMBERG = "Metropolregion Nürnberg";
	static final String BOTTROP = "Wirtschaftsallianz Bottrop";
	static final String NUREMBERG_PLAN = "Strategie der Metropolregion Nürnberg 2019–2030";
	static final String BOTTROP_PLAN = "Zukunftsplan Wirtschaftsstandort Bottrop";
	static final String INVENTED = "erfunden für die Demo-Welt";

	private static final LocalDate NUREMBERG_BASE = LocalDate.of(2018, 12, 31);
	private static final LocalDate NUREMBERG_TARGET = LocalDate.of(2030, 12, 31);
	private static final LocalDate BOTTROP_BASE = LocalDate.of(2020, 12, 31);
	private static final LocalDate BOTTROP_TARGET = LocalDate.of(2027, 12, 31);

	private final NetworkDirectory network;
	private final Plans plans;
	private final Goals goals;
	private final Indicators indicators;

	StrategyDemoWorld(NetworkDirectory network, Plans plans, Goals goals, Indicators indicators) {
		this.network = network;
		this.plans = plans;
		this.goals = goals;
		this.indicators = indicators;
	}

	@Override
	public int order() {
		return 700;
	}

	@Override
	public void load() {
		nuremberg();
		bottrop();
	}

	private void nuremberg() {
		UUID plan = plans.create(new PlanData(alliance(NUREMBERG), PlanKind.STRATEGIE, NUREMBERG_PLAN, 2019, 2030, """
				Heimat für Kreative: Die Metropolregion Nürnberg ist ein Ort, an dem kreative Menschen, Unternehmen, \
				Wissenschaft und Kultur gern leben und arbeiten – getragen von 23 Landkreisen und 11 kreisfreien \
				Städten, die freiwillig, auf Augenhöhe und in Stadt-Land-Partnerschaft zusammenarbeiten."""));
		String note = "Wortlaut aus dem Bericht über die Metropolregion abgeleitet; der Bericht nennt fünf Zielsetzungen, "
				+ "aber nicht ihren Wortlaut. Alle Zahlen außer den 150 Betrieben sind erfunden.";
		UUID image = goal(plan, null, "Wirtschaftliche Stärken und Innovationskraft der Region bekannt machen", note);
		indicator(image, "Betriebe, die sich an der Imagekampagne beteiligen", "Anzahl", Direction.MORE_IS_BETTER, 20,
				NUREMBERG_BASE, 120, NUREMBERG_TARGET, 18, 35, 58, 74, 86);
		UUID skilled = goal(plan, null, "Fachkräfte in der Region entwickeln und halten (Allianz pro Fachkräfte)", note);
		indicator(skilled, "Partnerbetriebe der Allianz pro Fachkräfte", "Anzahl", Direction.MORE_IS_BETTER, 40,
				NUREMBERG_BASE, 200, NUREMBERG_TARGET, 18, 60, 85, 100, 112);
		indicator(skilled, "Unbesetzte Ausbildungsstellen am Jahresende", "Anzahl", Direction.LESS_IS_BETTER, 2400,
				NUREMBERG_BASE, 1200, NUREMBERG_TARGET, 18, 2350, 2300, 2150, 2050);
		UUID welcome = goal(plan, null, "Willkommenskultur für zuziehende Fachkräfte und ihre Familien", note);
		indicator(welcome, "Beratungen des Welcome-Service je Jahr", "Anzahl", Direction.MORE_IS_BETTER, 0, NUREMBERG_BASE,
				1500, NUREMBERG_TARGET, 18, 180, 520, 790, 1010);
		UUID partners = goal(plan, null, "Kontinuierlich neue Partnerinnen und Partner gewinnen", note);
		indicator(partners, "Betriebe, die in der Metropolregion mitwirken", "Anzahl", Direction.MORE_IS_BETTER, 150,
				NUREMBERG_BASE, 250, NUREMBERG_TARGET, 18, 158, 170, 185, 196);
		UUID region = goal(plan, null, "Stadt und Land als Partner auf Augenhöhe verbinden", note);
		indicator(region, "Landkreise und Städte mit einem eigenen Projekt in der Metropolregion", "von 34",
				Direction.MORE_IS_BETTER, 18, NUREMBERG_BASE, 34, NUREMBERG_TARGET, 18, 20, 23, 27, 29);
	}

	private void bottrop() {
		UUID plan = plans.create(new PlanData(alliance(BOTTROP), PlanKind.ZUKUNFTSPLAN, BOTTROP_PLAN, 2021, 2027, """
				Den Wirtschaftsstandort Bottrop durch interdisziplinäre und branchenübergreifende Zusammenarbeit \
				nachhaltig, resilient und zukunftsfähig aufstellen: Lösungen im Kleinen in Reallaboren erproben und \
				über die Wirtschaftsallianz in der Breite streuen."""));
		UUID trade = goal(plan, null, "Hybride Formen des Handels: eine digitale und faire Innenstadt",
				"Reallabor »Hybride Formen des Handels« (MT Faires Handeln, Digitalisierung; SDG 11, 12).");
		UUID fairtrade = goal(plan, trade, "Fairtrade-Town Bottrop: Auszeichnung halten und Netzwerk erweitern",
				"Die Auszeichnung vom 26. November 2021 gilt zunächst zwei Jahre.");
		UUID group = indicators.create(fairtrade, new IndicatorData("Akteure in der Steuerungsgruppe Fairtrade", "Anzahl",
				Direction.MORE_IS_BETTER, BigDecimal.valueOf(3), BOTTROP_BASE, BigDecimal.valueOf(20), BOTTROP_TARGET));
		indicators.addValue(group, new ValueData(BigDecimal.valueOf(17), LocalDate.of(2021, 11, 26),
				"Fact Sheet Reallabor 1: 17 Akteure statt der geforderten 3"));
		indicators.addValue(group, new ValueData(BigDecimal.valueOf(18), LocalDate.of(2024, 6, 30), INVENTED));
		UUID hallo = goal(plan, trade, "HalloBot: digitale Präsenz für Bottroper Unternehmen",
				"Freies WLAN in der Innenstadt, Veranstaltungsreihe zum Digitalisierungsausbau, Onlineplattform.");
		UUID funded = indicators.create(hallo, new IndicatorData("Unternehmen mit Förderung für Digitalisierungsmaßnahmen",
				"Anzahl", Direction.MORE_IS_BETTER, BigDecimal.ZERO, BOTTROP_BASE, BigDecimal.valueOf(15), BOTTROP_TARGET));
		indicators.addValue(funded, new ValueData(BigDecimal.valueOf(3), LocalDate.of(2021, 12, 31),
				"Fact Sheet Reallabor 1: 3 Unternehmen nach der Veranstaltungsreihe gefördert"));
		indicators.addValue(funded, new ValueData(BigDecimal.valueOf(6), LocalDate.of(2024, 12, 31), INVENTED));
		UUID crafts = goal(plan, null, "Digitale Koproduktion im Handwerk",
				"Reallabor »Digitale Koproduktion im Handwerk«: Image des Handwerks, Digitalisierung und Innovation "
						+ "der Betriebe (MT Digitalisierung; SDG 8).");
		indicator(crafts, "Betriebe beim Handwerker-Frühstück je Jahr", "Anzahl", Direction.MORE_IS_BETTER, 0, BOTTROP_BASE,
				40, BOTTROP_TARGET, 12, 8, 14, 19, 22);
		UUID skilled = goal(plan, null, "Fachkräftesicherung: Geflüchtete in Arbeit und Ausbildung",
				"Reallabor »Fachkräftesicherung« (MT demografischer Wandel, Migration; SDG 8, 10).");
		UUID interviewed = indicators.create(skilled, new IndicatorData(
				"Befragte Unternehmen mit Erfahrung in der Anstellung Geflüchteter", "Anzahl", Direction.MORE_IS_BETTER,
				BigDecimal.ZERO, BOTTROP_BASE, BigDecimal.valueOf(5), LocalDate.of(2021, 12, 31)));
		indicators.addValue(interviewed, new ValueData(BigDecimal.valueOf(5), LocalDate.of(2021, 10, 31),
				"Fact Sheet Reallabor 3: Interviews mit 5 Unternehmen"));
		indicator(skilled, "Wochen bis zur Beschäftigungserlaubnis für geflüchtete Auszubildende", "Wochen",
				Direction.LESS_IS_BETTER, 16, BOTTROP_BASE, 6, BOTTROP_TARGET, 12, 15, 14, 13, 12);
	}

	private UUID goal(UUID plan, @Nullable UUID parent, String title, String description) {
		return goals.create(plan, new GoalData(title, description, BigDecimal.ONE, parent, null));
	}

	/** An indicator with invented values, one every {@code monthsApart} after the baseline. */
	private void indicator(UUID goal, String name, String unit, Direction direction, int baseline, LocalDate baselineOn,
			int target, LocalDate targetOn, int monthsApart, int... values) {
		UUID id = indicators.create(goal, new IndicatorData(name, unit, direction, BigDecimal.valueOf(baseline), baselineOn,
				BigDecimal.valueOf(target), targetOn));
		for (int i = 0; i < values.length; i++) {
			indicators.addValue(id, new ValueData(BigDecimal.valueOf(values[i]), baselineOn.plusMonths((long) monthsApart * (i + 1)), INVENTED));
		}
	}

	private UUID alliance(String name) {
		return network.allianceNamed(name).orElseThrow(() -> new NoSuchElementException("No demo alliance " + name));
	}
}
