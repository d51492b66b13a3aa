package org.regiolab.labs;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * "Seite {0} von {1}" cut around its two numbers, which only the PDF renderer or Word know: the
 * exports put the running page number and the page count between the parts.
 */
record PageNumber(String before, String between, String after) {

	private static final String PAGE = "\u0001";
	private static final String PAGES = "\u0002";

	static PageNumber of(MessageSourceAccessor messages) {
		String text = messages.getMessage("factsheet.page", new Object[] { PAGE, PAGES });
		int page = text.indexOf(PAGE);
		int pages = text.indexOf(PAGES);
		if (page < 0 || pages < page) {
			throw new IllegalStateException("factsheet.page must show {0} before {1}: " + text);
		}
		return new PageNumber(text.substring(0, page), text.substring(page + 1, pages), text.substring(pages + 1));
	}
}
