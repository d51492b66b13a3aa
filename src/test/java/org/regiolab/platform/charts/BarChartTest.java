package org.regiolab.platform.charts;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.regiolab.platform.charts.BarChart.Bar;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.regiolab.platform.charts.ParsedSvg.number;

class BarChartTest {

	private static final List<Bar> ANSWERS = List.of(new Bar("Ja", 42, "42 (35,0 %)"), new Bar("Nein", 66, "66 (55,0 %)"),
			new Bar("Weiß nicht", 12, "12 (10,0 %)"));

	@Test
	void eachCategoryGetsOneBar() {
		ParsedSvg svg = ParsedSvg.of(BarChart.of("answers", "Antworten", ANSWERS).toSvg());

		assertThat(svg.all("rect")).hasSize(3);
	}

	@Test
	void eachBarShowsTheCallersFigure() {
		ParsedSvg svg = ParsedSvg.of(BarChart.of("answers", "Antworten", ANSWERS).toSvg());

		assertThat(svg.texts("text")).contains("42 (35,0 %)", "66 (55,0 %)", "12 (10,0 %)");
	}

	@Test
	void withoutAMaximumTheLargestValueFillsTheWholeBar() {
		Element largest = ParsedSvg.of(BarChart.of("answers", "Antworten", ANSWERS).toSvg()).all("rect").get(1);

		assertThat(number(largest, "x") + number(largest, "width"))
			.isCloseTo(600 - 8 - Labels.width("66 (55,0 %)", Svg.FONT_SIZE), within(0.1));
	}

	@Test
	void aValueEqualToTheGivenMaximumFillsTheWholeBar() {
		List<Bar> bars = List.of(new Bar("Alle", 120, "120"), new Bar("Mehr als alle", 500, "500"));
		List<Element> rects = ParsedSvg.of(BarChart.of("answers", "Antworten", bars).withMaximum(120).toSvg()).all("rect");

		assertThat(number(rects.get(0), "width")).isPositive().isEqualTo(number(rects.get(1), "width"));
	}

	@Test
	void halfTheMaximumFillsHalfTheBar() {
		List<Bar> bars = List.of(new Bar("Ganz", 100, "100"), new Bar("Halb", 50, "50"));
		List<Element> rects = ParsedSvg.of(BarChart.of("answers", "Antworten", bars).toSvg()).all("rect");

		assertThat(number(rects.get(1), "width")).isCloseTo(number(rects.get(0), "width") / 2,
				within(0.1));
	}

	@Test
	void barsOfZeroHaveNoLengthAndNoDivisionByZero() {
		List<Bar> zeros = List.of(new Bar("Ja", 0, "0"), new Bar("Nein", 0, "0"));
		String svg = BarChart.of("answers", "Antworten", zeros).toSvg();

		assertThat(ParsedSvg.of(svg).all("rect")).allSatisfy(rect -> assertThat(number(rect, "width")).isZero());
		assertThat(svg).doesNotContain("NaN", "Infinity");
	}

	@Test
	void negativeAndNonFiniteValuesDrawNoBar() {
		List<Bar> odd = List.of(new Bar("Minus", -3, "-3"), new Bar("Keine Zahl", Double.NaN, "–"),
				new Bar("Unendlich", Double.POSITIVE_INFINITY, "∞"), new Bar("Eins", 1, "1"));
		List<Element> rects = ParsedSvg.of(BarChart.of("answers", "Antworten", odd).toSvg()).all("rect");

		assertThat(rects.subList(0, 3)).allSatisfy(rect -> assertThat(number(rect, "width")).isZero());
	}

	@Test
	void markupInALabelIsWrittenAsText() {
		String hostile = "<script>alert(\"&\")</script>";
		ParsedSvg svg = ParsedSvg.of(BarChart.of("answers", "Antworten", List.of(new Bar(hostile, 1, "1"))).toSvg());

		assertThat(svg.all("script")).isEmpty();
		assertThat(svg.texts("title")).contains(hostile);
	}

	@Test
	void charactersXmlForbidsAreLeftOut() {
		ParsedSvg svg = ParsedSvg.of(BarChart.of("answers", "Antworten", List.of(new Bar("A\u0000B\u001bC", 1, "1"))).toSvg());

		assertThat(svg.texts("text")).contains("ABC");
	}

	@Test
	void aLongLabelEndsInAnEllipsisOnItsSecondLine() {
		String label = "Wie zufrieden sind Sie mit der Beratung durch die Wirtschaftsförderung in Ihrem Landkreis insgesamt?";
		ParsedSvg svg = ParsedSvg.of(BarChart.of("answers", "Antworten", List.of(new Bar(label, 1, "1"))).toSvg());

		assertThat(svg.texts("text")).hasSize(3).element(1).asString().endsWith("…");
	}

	@Test
	void aLongLabelIsWholeInItsRowsTooltip() {
		String label = "Wie zufrieden sind Sie mit der Beratung durch die Wirtschaftsförderung in Ihrem Landkreis insgesamt?";
		ParsedSvg svg = ParsedSvg.of(BarChart.of("answers", "Antworten", List.of(new Bar(label, 1, "1"))).toSvg());

		assertThat(svg.all("g")).singleElement()
			.satisfies(row -> assertThat(row.getElementsByTagName("title").item(0).getTextContent()).isEqualTo(label));
	}

	@Test
	void theSameFiguresGiveTheSameSvg() {
		assertThat(BarChart.of("answers", "Antworten", ANSWERS).toSvg())
			.isEqualTo(BarChart.of("answers", "Antworten", List.copyOf(ANSWERS)).toSvg());
	}
}
