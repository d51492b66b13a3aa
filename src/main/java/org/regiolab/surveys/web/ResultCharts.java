package org.regiolab.surveys.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.Theme;
import org.regiolab.platform.charts.BarChart;
import org.regiolab.platform.charts.Histogram;
import org.regiolab.platform.charts.LineChart;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.Survey;
import org.regiolab.surveys.SurveyDefinition;
import org.regiolab.surveys.SurveyResult;
import org.regiolab.surveys.SurveyResult.DayCount;
import org.regiolab.surveys.SurveyResult.MatrixRow;
import org.regiolab.surveys.SurveyResult.OptionCount;
import org.regiolab.surveys.SurveyResult.QuestionResult;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.web.util.HtmlUtils;

/**
 * A survey's results as the results page and the PDF report show them: per question the figures in
 * the reader's number format, the chart as SVG and the same figures as a table, a matrix as a table
 * whose cells are shaded by their share, and the responses over time. Everything is text made here,
 * so that the page and the PDF show the same.
 */
final class ResultCharts {

	/** A figure with its label, such as »Mittelwert 7,4«. */
	record Figure(String label, String value) {
	}

	/** The figures of a chart as a table: a row header and its cells per row. */
	record Table(List<String> headings, List<List<String>> rows) {
	}

	/** A matrix's cell: its count and share as text, and its shade class 0 (none) to 5 (most). */
	record Cell(String text, int shade) {
	}

	record MatrixLine(String label, List<Cell> cells, String answered, String mean) {
	}

	record Matrix(List<String> steps, List<MatrixLine> lines) {
	}

	/**
	 * One question's results.
	 * @param chart an SVG element, or null if the question has no chart
	 * @param table the chart's figures, or null
	 * @param matrix a matrix's rows, or null
	 */
	record QuestionView(String key, String text, String type, long answered, List<Figure> figures, @Nullable String chart,
			@Nullable Table table, @Nullable Matrix matrix, List<Theme> themes, List<String> texts, List<String> others) {
	}

	/** Responses over time: the chart and its table (day, responses so far, share of the invited). */
	record Timeline(String chart, Table table) {
	}

	private static final int SHADES = 5;

	private final MessageSourceAccessor texts;
	private final Locale locale;
	private final boolean pdf;
	private final NumberFormat whole;
	private final NumberFormat decimal;

	/** @param pdf whether the charts go into a PDF, which names every image by its {@code alt} (PDF/UA) */
	ResultCharts(MessageSourceAccessor texts, Locale locale, boolean pdf) {
		this.texts = texts;
		this.locale = locale;
		this.pdf = pdf;
		this.whole = NumberFormat.getIntegerInstance(locale);
		this.decimal = NumberFormat.getNumberInstance(locale);
		decimal.setMinimumFractionDigits(1);
		decimal.setMaximumFractionDigits(1);
	}

	/**
	 * Responses, invited and the response rate of all responses; the responses the filter counts if it
	 * is set, unless they are too few to be shown.
	 */
	List<Figure> summary(Survey survey, SurveyResult result) {
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure(text("results.responses"), count(survey.responses())));
		figures.add(new Figure(text("results.invited"), count(survey.invitations())));
		if (survey.invitations() > 0) {
			figures.add(new Figure(text("results.rate"), percent((double) survey.responses() / survey.invitations())));
		}
		if (!result.filter().isEmpty() && !result.suppressed()) {
			figures.add(new Figure(text("results.filtered"), count(result.responses())));
		}
		return figures;
	}

	List<QuestionView> questions(SurveyResult result, SurveyDefinition definition) {
		return result.questions().stream()
			.map(question -> view(question, definition.question(question.key()).orElse(null)))
			.toList();
	}

	/** Responses so far per day, as a share of the invitations if there are any. */
	Timeline timeline(SurveyResult result) {
		List<LineChart.Point> points = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		boolean invited = result.invitations() > 0;
		DateTimeFormatter format = DateTimeFormatter.ofPattern(text("results.day.format"), locale);
		long sum = 0;
		for (DayCount day : result.days()) {
			sum += day.responses();
			double share = (double) sum / result.invitations();
			points.add(new LineChart.Point(day.day(), invited ? share : sum));
			List<String> row = new ArrayList<>(List.of(day.day().format(format), count(day.responses()), count(sum)));
			if (invited) {
				row.add(percent(share));
			}
			rows.add(row);
		}
		String title = text(invited ? "results.timeline.chart.rate" : "results.timeline.chart");
		LineChart chart = LineChart.of("chart-timeline", title, points).whenEmpty(text("results.none"));
		if (invited) {
			chart = chart.withMaximum(Math.max(1, points.stream().mapToDouble(LineChart.Point::value).max().orElse(1)))
				.withAxisFormat(NumberFormat.getPercentInstance(locale));
		}
		List<String> headings = new ArrayList<>(List.of(text("results.day"), text("results.day.responses"), text("results.day.sum")));
		if (invited) {
			headings.add(text("results.day.rate"));
		}
		return new Timeline(named(chart.toSvg(), title), new Table(headings, rows));
	}

	private QuestionView view(QuestionResult question, @Nullable Question asked) {
		List<Figure> figures = new ArrayList<>();
		String chart = null;
		Table table = null;
		Matrix matrix = null;
		String id = "chart-" + question.key();
		String title = texts.getMessage("results.chart", new Object[] { question.text() });
		switch (question.type()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO -> {
				chart = BarChart.of(id, title, question.options().stream()
					.map(option -> new BarChart.Bar(option.label(), option.count(), countAndShare(option)))
					.toList()).whenEmpty(text("results.none")).toSvg();
				chart = named(chart, title);
				table = optionTable(question.options());
			}
			case SCALE -> {
				// eleven columns leave room for the count only; the table beside has the shares
				chart = Histogram.of(id, title, question.options().stream()
					.map(option -> new Histogram.Column(option.label(), option.count(), count(option.count())))
					.toList()).toSvg();
				chart = named(chart, title);
				table = optionTable(question.options());
				if (question.nps() != null) {
					figures.add(new Figure(text("results.nps"), whole.format(question.nps())));
				}
			}
			case RANKING -> {
				int places = question.options().size();
				List<OptionCount> ranked = question.options().stream()
					.sorted(Comparator.comparing(option -> option.meanRank() == null ? Double.MAX_VALUE : option.meanRank()))
					.toList();
				// the first place gets the longest bar: its length is the places an option stands before the last
				String ranking = texts.getMessage("results.ranking.chart", new Object[] { question.text() });
				chart = BarChart.of(id, ranking, ranked.stream()
					.map(option -> new BarChart.Bar(option.label(), option.meanRank() == null ? 0 : places + 1 - option.meanRank(),
							meanRank(option)))
					.toList()).withMaximum(places).toSvg();
				chart = named(chart, ranking);
				table = new Table(List.of(text("results.option"), text("results.ranking.mean"), text("results.count")),
						ranked.stream().map(option -> List.of(option.label(), meanRank(option), count(option.count()))).toList());
			}
			case MATRIX -> matrix = matrix(question, asked);
			default -> {
			}
		}
		if (question.figures() != null) {
			String unit = asked != null && asked.unit() != null && question.type() == QuestionType.NUMBER ? " " + asked.unit() : "";
			figures.add(0, new Figure(text("results.mean"), decimal.format(question.figures().mean()) + unit));
			figures.add(1, new Figure(text("results.median"), decimal.format(question.figures().median()) + unit));
			if (question.type() == QuestionType.NUMBER) {
				figures.add(new Figure(text("results.range"), number(question.figures().min()) + " – " + number(question.figures().max()) + unit));
			}
		}
		if (question.sus() != null) {
			figures.add(new Figure(text("results.sus"), decimal.format(question.sus())));
		}
		return new QuestionView(question.key(), question.text(), text("question.type." + question.type()), question.answered(),
				figures, chart, table, matrix, question.themes(), question.texts(), question.others());
	}

	private Table optionTable(List<OptionCount> options) {
		return new Table(List.of(text("results.option"), text("results.count"), text("results.share")),
				options.stream().map(option -> List.of(option.label(), count(option.count()), percent(option.share()))).toList());
	}

	private Matrix matrix(QuestionResult question, @Nullable Question asked) {
		List<String> steps = asked == null ? IntStream.rangeClosed(1, question.rows().isEmpty() ? 0 : question.rows().get(0).counts().size())
			.mapToObj(String::valueOf).toList() : asked.options().stream().map(option -> option.in(locale)).toList();
		List<MatrixLine> lines = new ArrayList<>();
		for (MatrixRow row : question.rows()) {
			long total = row.counts().stream().mapToLong(Long::longValue).sum();
			List<Cell> cells = row.counts().stream().map(n -> {
				double share = total == 0 ? 0 : (double) n / total;
				return new Cell(count(n) + " (" + percent(share) + ")", n == 0 ? 0 : Math.max(1, (int) Math.ceil(share * SHADES)));
			}).toList();
			lines.add(new MatrixLine(row.label(), cells, count(total), row.mean() == null ? "–" : decimal.format(row.mean())));
		}
		return new Matrix(steps, lines);
	}

	/** In a PDF, the chart's {@code <svg>} with its title as {@code alt}, which openhtmltopdf tags it with. */
	private String named(String svg, String title) {
		String start = "<svg ";
		if (!pdf || !svg.startsWith(start)) {
			return svg;
		}
		return start + "alt=\"" + HtmlUtils.htmlEscape(title, "UTF-8") + "\" " + svg.substring(start.length());
	}

	String count(long n) {
		return whole.format(n);
	}

	/** A share 0–1 as »35,0 %« (German) or »35.0%« (English), the sign kept with its number. */
	String percent(double share) {
		return decimal.format(share * 100) + ("de".equals(locale.getLanguage()) ? "\u00a0%" : "%");
	}

	private String countAndShare(OptionCount option) {
		return count(option.count()) + " (" + percent(option.share()) + ")";
	}

	private String meanRank(OptionCount option) {
		return option.meanRank() == null ? "–" : decimal.format(option.meanRank());
	}

	private String number(BigDecimal value) {
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(4);
		return format.format(value);
	}

	private String text(String key) {
		return texts.getMessage(key);
	}
}
