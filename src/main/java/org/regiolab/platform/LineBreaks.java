package org.regiolab.platform;

import java.text.BreakIterator;
import java.util.Locale;

import com.openhtmltopdf.extend.FSTextBreaker;
import com.openhtmltopdf.layout.UrlAwareLineBreakIterator;

/**
 * openhtmltopdf's line breaks with two rules of Unicode's line breaking (UAX #14) that the JDK's
 * iterator lacks and German texts need: quotation marks stay with the word they enclose, so no line
 * ends in "»" (LB19), and "Bürger:innen" stays one word (LB29). One per rendering: it keeps state.
 */
final class LineBreaks implements FSTextBreaker {

	private static final String QUOTATION_MARKS = "»«›‹„“”‚‘\"";

	private final FSTextBreaker breaks;
	private String text = "";

	LineBreaks(Locale locale) {
		breaks = new UrlAwareLineBreakIterator(BreakIterator.getLineInstance(locale));
	}

	@Override
	public void setText(String text) {
		this.text = text;
		breaks.setText(text);
	}

	@Override
	public int next() {
		int at = breaks.next();
		while (at > 0 && at < text.length() && keptTogether(text.charAt(at - 1), text.charAt(at))) {
			at = breaks.next();
		}
		return at;
	}

	private static boolean keptTogether(char before, char after) {
		return QUOTATION_MARKS.indexOf(before) >= 0
				|| QUOTATION_MARKS.indexOf(after) >= 0 && !Character.isWhitespace(before)
				|| before == ':' && Character.isLetter(after);
	}
}
