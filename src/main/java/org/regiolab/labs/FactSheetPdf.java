package org.regiolab.labs;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.regiolab.labs.FactSheet.FundingNotice;
import org.regiolab.platform.AccessiblePdf;
import org.regiolab.platform.PageNumber;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * A fact sheet as an accessible PDF on A4, from the Thymeleaf template {@code labs/factsheet-pdf}
 * with the application's message bundles.
 */
@Component
public class FactSheetPdf {

	private static final String TEMPLATE = "labs/factsheet-pdf";

	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final AccessiblePdf pdf;
	private final String styles = AccessiblePdf.styles("templates/" + TEMPLATE + ".css");

	FactSheetPdf(ITemplateEngine templates, MessageSource messages, AccessiblePdf pdf) {
		this.templates = templates;
		this.messages = messages;
		this.pdf = pdf;
	}

	public byte[] render(FactSheet sheet, Locale locale) {
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		Context context = new Context(locale, Map.of(
				"sheet", sheet,
				"lang", locale.toLanguageTag(),
				"styles", styles,
				"measureTables", MeasureTable.of(sheet.measures(), texts),
				"fundings", fundings(sheet.notices()),
				"pageNumber", PageNumber.of(texts, "factsheet.page")));
		return pdf.render(templates.process(TEMPLATE, context), locale, "the fact sheet " + sheet.title());
	}

	private static List<PrintedNotice> fundings(List<FundingNotice> notices) {
		return notices.stream().map(PrintedNotice::of).toList();
	}
}
