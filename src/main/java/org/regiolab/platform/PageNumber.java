package org.regiolab.platform;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * "Seite {0} von {1}" cut around its two numbers, which only the PDF renderer or Word know: the
 * exports put the running page number and the page count between the parts.
 */
public record PageNumber(String before, String between, String after) {

	private static final String PAGE = "\u0001";
	private static final String PAGES = "\u0002";

	/** @param key a message with the page number as {0} and the page count as {1} */
	public static PageNumber of(MessageSourceAccessor messages, String key) {
		String text = messages.getMessage(key, new Object[] { PAGE, PAGES });
		int page = text.indexOf(PAGE);
		int pages = text.indexOf(PAGES);
		if (page < 0 || pages < page) {
			throw new IllegalStateException(key + " must show {0} before {1}: " + text);
		}
		return new PageNumber(text.substring(0, page), text.substring(page + 1, pages), text.substring(pages + 1));
	}
}
