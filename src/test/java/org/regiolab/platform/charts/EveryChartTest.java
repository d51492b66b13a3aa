package org.regiolab.platform.charts;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Element;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What holds for bar charts, histograms and line charts alike. */
class EveryChartTest {

	enum Kind {
		BARS {
			@Override
			String svg(String id, String title, String whenEmpty, boolean withData) {
				return BarChart.of(id, title, withData ? List.of(new BarChart.Bar("Ja", 3, "3")) : List.of())
					.whenEmpty(whenEmpty).toSvg();
			}
		},
		COLUMNS {
			@Override
			String svg(String id, String title, String whenEmpty, boolean withData) {
				return Histogram.of(id, title, withData ? List.of(new Histogram.Column("10", 3, "3")) : List.of())
					.whenEmpty(whenEmpty).toSvg();
			}
		},
		LINE {
			@Override
			String svg(String id, String title, String whenEmpty, boolean withData) {
				List<LineChart.Point> points = List.of(new LineChart.Point(LocalDate.of(2027, 3, 1), 3));
				return LineChart.of(id, title, withData ? points : List.of()).whenEmpty(whenEmpty).toSvg();
			}
		};

		abstract String svg(String id, String title, String whenEmpty, boolean withData);

		ParsedSvg parsed(String id, String title) {
			return ParsedSvg.of(svg(id, title, null, true));
		}
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theChartIsWellFormedSvg(Kind kind) {
		assertThat(kind.parsed("chart", "Antworten").root().getLocalName()).isEqualTo("svg");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theChartIsAnImageNamedByItsTitle(Kind kind) {
		ParsedSvg svg = kind.parsed("chart", "Antworten auf Frage 3");

		assertThat(svg.root().getAttribute("role")).isEqualTo("img");
		assertThat(svg.accessibleName()).isEqualTo("Antworten auf Frage 3");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theTitlesIdStartsWithTheChartsId(Kind kind) {
		assertThat(kind.parsed("q3-chart", "Antworten").root().getAttribute("aria-labelledby")).isEqualTo("q3-chart-title");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void theChartScalesToItsContainerByAViewBoxOfWholeNumbers(Kind kind) {
		Element root = kind.parsed("chart", "Antworten").root();

		assertThat(root.getAttribute("width")).isEqualTo("100%");
		assertThat(root.getAttribute("preserveAspectRatio")).isEqualTo("xMinYMin meet");
		// openhtmltopdf reads the view box with Integer.parseInt
		assertThat(root.getAttribute("viewBox")).matches("0 0 \\d+ \\d+");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void markupAndQuotesInTheTitleAreWrittenAsText(Kind kind) {
		String hostile = "</title><script>alert(\"Müller & Söhne's\")</script>";
		ParsedSvg svg = kind.parsed("chart", hostile);

		assertThat(svg.all("script")).isEmpty();
		assertThat(svg.accessibleName()).isEqualTo(hostile);
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aChartWithoutDataSaysWhatTheCallerGives(Kind kind) {
		ParsedSvg svg = ParsedSvg.of(kind.svg("chart", "Antworten", "Noch keine Antworten", false));

		assertThat(svg.texts("text")).containsExactly("Noch keine Antworten");
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aChartWithoutDataDrawsNoBarsColumnsOrLines(Kind kind) {
		ParsedSvg svg = ParsedSvg.of(kind.svg("chart", "Antworten", null, false));

		assertThat(svg.all("rect")).isEmpty();
		assertThat(svg.all("polyline")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void aChartWithoutDataAndWithoutATextForItShowsNothing(Kind kind) {
		ParsedSvg svg = ParsedSvg.of(kind.svg("chart", "Antworten", null, false));

		assertThat(svg.texts("text")).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(Kind.class)
	void anIdThatCannotNameAnElementIsRefused(Kind kind) {
		assertThatThrownBy(() -> kind.svg("1 \"x\"", "Antworten", null, true)).isInstanceOf(IllegalArgumentException.class);
	}
}
