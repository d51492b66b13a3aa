package org.regiolab.platform.charts;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.regiolab.platform.charts.LineChart.Point;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.platform.charts.ParsedSvg.number;

class LineChartTest {

	private static final LocalDate MARCH_1 = LocalDate.of(2027, 3, 1);
	private static final List<Point> ANSWERS_PER_DAY = List.of(new Point(MARCH_1, 4), new Point(MARCH_1.plusDays(1), 10),
			new Point(MARCH_1.plusDays(2), 7), new Point(MARCH_1.plusDays(4), 1));

	@Test
	void theLinePassesThroughEveryPoint() {
		ParsedSvg svg = ParsedSvg.of(LineChart.of("per-day", "Antworten pro Tag", ANSWERS_PER_DAY).toSvg());

		assertThat(svg.all("polyline")).singleElement()
			.satisfies(line -> assertThat(line.getAttribute("points").split(" ")).hasSize(4));
	}

	@Test
	void eachPointGetsAMarker() {
		ParsedSvg svg = ParsedSvg.of(LineChart.of("per-day", "Antworten pro Tag", ANSWERS_PER_DAY).toSvg());

		assertThat(svg.all("rect")).hasSize(4);
	}

	@Test
	void pointsAreDrawnInTheOrderOfTheirDays() {
		List<Point> shuffled = List.of(ANSWERS_PER_DAY.get(2), ANSWERS_PER_DAY.get(0), ANSWERS_PER_DAY.get(3),
				ANSWERS_PER_DAY.get(1));

		assertThat(LineChart.of("per-day", "Antworten pro Tag", shuffled).toSvg())
			.isEqualTo(LineChart.of("per-day", "Antworten pro Tag", ANSWERS_PER_DAY).toSvg());
	}

	@Test
	void theAxisRunsFromZeroInRoundStepsWrittenTheGermanWay() {
		ParsedSvg svg = ParsedSvg.of(LineChart.of("per-day", "Antworten pro Tag", ANSWERS_PER_DAY).toSvg());

		assertThat(svg.texts("text")).containsSubsequence("0", "2,5", "5", "7,5", "10");
	}

	@Test
	void largeNumbersOnTheAxisAreGroupedTheGermanWay() {
		ParsedSvg svg = ParsedSvg.of(LineChart.of("total", "Antworten", List.of(new Point(MARCH_1, 4000))).toSvg());

		assertThat(svg.texts("text")).contains("1.000", "4.000");
	}

	@Test
	void theAxisWritesValuesInTheCallersFormat() {
		List<Point> rates = List.of(new Point(MARCH_1, 0.1), new Point(MARCH_1.plusDays(1), 0.35));
		ParsedSvg svg = ParsedSvg.of(LineChart.of("rate", "Rücklaufquote", rates).withMaximum(1)
			.withAxisFormat(NumberFormat.getPercentInstance(Locale.GERMAN)).toSvg());

		// the JDK's German percent format keeps the sign with its number by a no-break space
		assertThat(svg.texts("text")).contains("0\u00a0%", "50\u00a0%", "100\u00a0%");
	}

	@Test
	void daysAreLabelledByDayAndMonth() {
		ParsedSvg svg = ParsedSvg.of(LineChart.of("per-day", "Antworten pro Tag", ANSWERS_PER_DAY).toSvg());

		assertThat(svg.texts("text")).contains("01.03.", "05.03.");
	}

	@Test
	void aSeriesOverYearsIsLabelledByMonthAndYear() {
		List<Point> years = List.of(new Point(LocalDate.of(2018, 12, 31), 20), new Point(LocalDate.of(2021, 12, 31), 58),
				new Point(LocalDate.of(2024, 12, 31), 86));
		ParsedSvg svg = ParsedSvg.of(LineChart.of("trend", "Betriebe", years).toSvg());

		assertThat(svg.texts("text")).contains("12.2018").noneMatch(text -> text.matches("\\d\\d\\.\\d\\d\\."));
	}

	@Test
	void aLongSeriesLabelsAtMostSixDays() {
		List<Point> quarter = IntStream.range(0, 90).mapToObj(day -> new Point(MARCH_1.plusDays(day), day))
			.toList();
		ParsedSvg svg = ParsedSvg.of(LineChart.of("per-day", "Antworten pro Tag", quarter).toSvg());

		assertThat(svg.texts("text")).filteredOn(text -> text.matches("\\d\\d\\.\\d\\d\\.")).hasSizeLessThanOrEqualTo(6);
	}

	@Test
	void aValueEqualToTheMaximumLiesOnTheTopGridline() {
		ParsedSvg svg = ParsedSvg.of(LineChart.of("per-day", "Antworten pro Tag", ANSWERS_PER_DAY).toSvg());
		List<Element> gridlines = svg.all("line");
		Element top = gridlines.get(gridlines.size() - 1);

		assertThat(svg.all("polyline").get(0).getAttribute("points").split(" ")[1]).endsWith("," + top.getAttribute("y1"));
	}

	@Test
	void aSingleDayIsDrawnWithoutDivisionByZero() {
		String svg = LineChart.of("per-day", "Antworten pro Tag", List.of(new Point(MARCH_1, 3))).toSvg();

		assertThat(ParsedSvg.of(svg).all("rect")).hasSize(1);
		assertThat(svg).doesNotContain("NaN", "Infinity");
	}

	@Test
	void aSeriesOfZerosIsDrawnWithoutDivisionByZero() {
		List<Point> zeros = List.of(new Point(MARCH_1, 0), new Point(MARCH_1.plusDays(1), 0));
		String svg = LineChart.of("per-day", "Antworten pro Tag", zeros).toSvg();

		assertThat(ParsedSvg.of(svg).all("polyline")).hasSize(1);
		assertThat(svg).doesNotContain("NaN", "Infinity");
	}

	@Test
	void daysWithoutAFiniteValueAreLeftOut() {
		List<Point> odd = List.of(new Point(MARCH_1, Double.NaN), new Point(MARCH_1.plusDays(1), 2),
				new Point(MARCH_1.plusDays(2), Double.POSITIVE_INFINITY));
		ParsedSvg svg = ParsedSvg.of(LineChart.of("per-day", "Antworten pro Tag", odd).toSvg());

		assertThat(svg.all("rect")).hasSize(1);
	}
}
