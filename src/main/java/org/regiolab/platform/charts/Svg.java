package org.regiolab.platform.charts;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Writes one chart's SVG element. Lengths are rounded to a tenth so that the same figures give the
 * same text; the view box has whole numbers because openhtmltopdf reads it with
 * {@code Integer.parseInt}.
 */
final class Svg {

	static final String BAR = "#1f5fa8"; // 6.4:1 against white
	static final String TEXT = "#1a1a1a"; // 17:1
	static final String AXIS = "#595959"; // 7:1
	static final String GRID = "#d9d9d9"; // decoration only: the labels carry the values

	static final int FONT_SIZE = 14;
	static final int LINE_HEIGHT = 18;
	/** From a line's middle down to its baseline, for text centred on a y. */
	static final int MIDDLE_TO_BASELINE = 5;

	private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");
	private static final String FONT_FAMILY = "system-ui, 'DejaVu Sans', sans-serif";

	private final StringBuilder out = new StringBuilder(2048);

	Svg(String id, String title, int width, int height) {
		out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" aria-labelledby=\"")
			.append(id).append("-title\" viewBox=\"0 0 ").append(width).append(' ').append(height)
			.append("\" width=\"100%\" preserveAspectRatio=\"xMinYMin meet\" font-family=\"").append(FONT_FAMILY)
			.append("\" font-size=\"").append(FONT_SIZE).append("\" fill=\"").append(TEXT).append("\">")
			.append("<title id=\"").append(id).append("-title\">").append(escape(title)).append("</title>");
	}

	static String checkedId(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			throw new IllegalArgumentException("A chart's id starts with a letter and holds only letters, digits, - and _: " + id);
		}
		return id;
	}

	Svg group(String title) {
		out.append("<g><title>").append(escape(title)).append("</title>");
		return this;
	}

	Svg endGroup() {
		out.append("</g>");
		return this;
	}

	Svg rect(double x, double y, double width, double height, String fill) {
		out.append("<rect x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" width=\"")
			.append(number(width)).append("\" height=\"").append(number(height)).append("\" fill=\"").append(fill)
			.append("\"/>");
		return this;
	}

	Svg line(double x1, double y1, double x2, double y2, String stroke) {
		out.append("<line x1=\"").append(number(x1)).append("\" y1=\"").append(number(y1)).append("\" x2=\"")
			.append(number(x2)).append("\" y2=\"").append(number(y2)).append("\" stroke=\"").append(stroke)
			.append("\" stroke-width=\"1\"/>");
		return this;
	}

	/** @param anchor {@code start}, {@code middle} or {@code end} */
	Svg text(double x, double y, String anchor, String text) {
		out.append("<text x=\"").append(number(x)).append("\" y=\"").append(number(y)).append("\" text-anchor=\"")
			.append(anchor).append("\">").append(escape(text)).append("</text>");
		return this;
	}

	/** Lines of text, one below the other, the first with its baseline at {@code y}. */
	Svg lines(double x, double y, String anchor, List<String> lines) {
		for (int i = 0; i < lines.size(); i++) {
			text(x, y + i * LINE_HEIGHT, anchor, lines.get(i));
		}
		return this;
	}

	/** @param points x and y, one after the other */
	Svg polyline(double[] points, String stroke) {
		out.append("<polyline fill=\"none\" stroke=\"").append(stroke)
			.append("\" stroke-width=\"2\" stroke-linejoin=\"round\" points=\"");
		for (int i = 0; i < points.length; i += 2) {
			out.append(i == 0 ? "" : " ").append(number(points[i])).append(',').append(number(points[i + 1]));
		}
		out.append("\"/>");
		return this;
	}

	String end() {
		return out.append("</svg>").toString();
	}

	/**
	 * {@code text} as XML character data or attribute value: markup characters as entities, and
	 * characters XML does not allow (control characters, lone surrogates) left out.
	 */
	static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(c -> {
			switch (c) {
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '&' -> escaped.append("&amp;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				case '\t', '\n', '\r' -> escaped.append(' ');
				default -> {
					if (allowedInXml(c)) {
						escaped.appendCodePoint(c);
					}
				}
			}
		});
		return escaped.toString();
	}

	private static boolean allowedInXml(int c) {
		return c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD || c >= 0x10000 && c <= 0x10FFFF;
	}

	/** A length rounded to a tenth, without a trailing {@code .0} and never {@code -0}. */
	static String number(double value) {
		long tenths = Math.round(value * 10);
		if (tenths % 10 == 0) {
			return Long.toString(tenths / 10);
		}
		return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
	}
}
