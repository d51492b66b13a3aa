package org.regiolab.platform.charts;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits a label into a width without a font at hand: the width is estimated per character from
 * DejaVu Sans, the widest font the charts are drawn in (the PDF's), so that a label that fits here
 * fits on the page too. Long labels wrap at spaces; what does not fit ends in an ellipsis.
 */
final class Labels {

	private static final String ELLIPSIS = "…";
	private static final String NARROW = " \u00a0.,:;!|'()[]iIjlrtf";
	private static final String WIDE = "mwMW%@";

	private Labels() {
	}

	/** The estimated width of {@code text} in units of the font size. */
	static double width(String text, double fontSize) {
		return text.codePoints().mapToDouble(Labels::em).sum() * fontSize;
	}

	private static double em(int c) {
		if (NARROW.indexOf(c) >= 0) {
			return 0.36;
		}
		if (WIDE.indexOf(c) >= 0) {
			return 1.0;
		}
		if (c >= '0' && c <= '9' || Character.isLowerCase(c)) {
			return 0.64;
		}
		return c < 0x2E80 ? 0.75 : 1.0; // capitals and most scripts; CJK and symbols are square
	}

	/** {@code text} in at most {@code maxLines} lines of at most {@code maxWidth}; the last may end in an ellipsis. */
	static List<String> wrap(String text, double maxWidth, int maxLines) {
		List<String> lines = new ArrayList<>();
		String line = "";
		// a per cent sign stays with its number, as DIN 5008 writes 35,0 %
		for (String word : text.strip().replaceAll("\\s+%", "\u00a0%").split("\\s+")) {
			String longer = line.isEmpty() ? word : line + " " + word;
			if (fits(longer, maxWidth)) {
				line = longer;
				continue;
			}
			if (!line.isEmpty()) {
				lines.add(line);
			}
			line = word;
			while (!fits(line, maxWidth)) {
				int cut = fittingPrefix(line, maxWidth, "");
				lines.add(line.substring(0, cut));
				line = line.substring(cut);
			}
		}
		if (!line.isEmpty()) {
			lines.add(line);
		}
		if (lines.size() <= maxLines) {
			return lines;
		}
		List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
		String rest = String.join(" ", lines.subList(maxLines - 1, lines.size()));
		kept.set(maxLines - 1, ellipsized(rest, maxWidth));
		return kept;
	}

	/** {@code text} itself if it fits in {@code maxWidth}, else as much of it as fits before an ellipsis. */
	static String ellipsized(String text, double maxWidth) {
		if (fits(text, maxWidth)) {
			return text;
		}
		return text.substring(0, fittingPrefix(text, maxWidth, ELLIPSIS)).stripTrailing() + ELLIPSIS;
	}

	static boolean fits(String text, double maxWidth) {
		return width(text, Svg.FONT_SIZE) <= maxWidth;
	}

	/** The length of the longest prefix that fits with {@code suffix}: at least one character. */
	private static int fittingPrefix(String text, double maxWidth, String suffix) {
		int end = text.offsetByCodePoints(0, 1);
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			if (!fits(text.substring(0, next) + suffix, maxWidth)) {
				break;
			}
			end = next;
		}
		return end;
	}
}
