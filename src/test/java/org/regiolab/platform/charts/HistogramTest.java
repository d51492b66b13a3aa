package org.regiolab.platform.charts;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.regiolab.platform.charts.Histogram.Column;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.platform.charts.ParsedSvg.number;

class HistogramTest {

	/** The answers 0 to 10 of a scale, answer n given n times. */
	private static final List<Column> SCALE = IntStream.rangeClosed(0, 10)
		.mapToObj(answer -> new Column(Integer.toString(answer), answer, Integer.toString(answer)))
		.toList();

	@Test
	void eachAnswerGetsOneColumn() {
		ParsedSvg svg = ParsedSvg.of(Histogram.of("scale", "Weiterempfehlung", SCALE).toSvg());

		assertThat(svg.all("rect")).hasSize(11);
	}

	@Test
	void manyColumnsWidenTheViewBoxInsteadOfCrowdingIt() {
		List<Column> many = IntStream.range(0, 20).mapToObj(i -> new Column("A" + i, i, "100 %")).toList();
		Element root = ParsedSvg.of(Histogram.of("scale", "Weiterempfehlung", many).toSvg()).root();

		assertThat(root.getAttribute("viewBox")).startsWith("0 0 1280 ");
	}

	@Test
	void theLargestValueFillsTheWholeHeight() {
		List<Element> rects = ParsedSvg.of(Histogram.of("scale", "Weiterempfehlung", SCALE).toSvg()).all("rect");

		assertThat(number(rects.get(10), "height")).isEqualTo(180);
	}

	@Test
	void aValueEqualToTheGivenMaximumFillsTheWholeHeight() {
		List<Element> rects = ParsedSvg.of(Histogram.of("scale", "Weiterempfehlung", SCALE).withMaximum(5).toSvg()).all("rect");

		assertThat(number(rects.get(5), "height")).isEqualTo(180);
	}

	@Test
	void columnsOfZeroHaveNoHeightAndNoDivisionByZero() {
		List<Column> zeros = List.of(new Column("0", 0, "0"), new Column("1", 0, "0"));
		String svg = Histogram.of("scale", "Weiterempfehlung", zeros).toSvg();

		assertThat(ParsedSvg.of(svg).all("rect")).allSatisfy(rect -> assertThat(number(rect, "height")).isZero());
		assertThat(svg).doesNotContain("NaN", "Infinity");
	}

	@Test
	void markupInALabelIsWrittenAsText() {
		String hostile = "<b onclick='x()'>&amp;</b>";
		ParsedSvg svg = ParsedSvg.of(Histogram.of("scale", "Verteilung", List.of(new Column(hostile, 1, "1"))).toSvg());

		assertThat(svg.all("b")).isEmpty();
		assertThat(svg.texts("title")).contains(hostile);
	}

	@Test
	void aFigureTooWideForItsColumnWrapsBeforeTheShareKeepingThePerCentSignWithItsNumber() {
		List<Column> shares = IntStream.rangeClosed(0, 10).mapToObj(answer -> new Column(Integer.toString(answer), 12, "12 (10,0 %)"))
			.toList();
		ParsedSvg svg = ParsedSvg.of(Histogram.of("scale", "Verteilung", shares).toSvg());

		assertThat(svg.texts("text")).containsSubsequence("12", "(10,0\u00a0%)");
	}
}
