package org.regiolab.matchmaking;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.regiolab.platform.AccessiblePdf;
import org.regiolab.platform.PageNumber;
import org.regiolab.platform.Slug;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * The printed side of a speed dating as accessible PDFs (A4, tagged): personal schedules, one
 * page each, and the cards on the tables, one page per table listing its rounds.
 */
@Component
public class SchedulePrints {

	private static final String SCHEDULES = "matchmaking/schedule-pdf";
	private static final String CARDS = "matchmaking/table-cards-pdf";

	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final AccessiblePdf pdf;
	private final Topics topics;
	private final String scheduleStyles = AccessiblePdf.styles("templates/" + SCHEDULES + ".css");
	private final String cardStyles = AccessiblePdf.styles("templates/" + CARDS + ".css");

	SchedulePrints(ITemplateEngine templates, MessageSource messages, AccessiblePdf pdf, Topics topics) {
		this.templates = templates;
		this.messages = messages;
		this.pdf = pdf;
		this.topics = topics;
	}

	/** @param schedules one or more people's schedules of one speed dating, a page each */
	public byte[] schedules(SpeedDatings.SpeedDating speedDating, List<PersonalSchedule> schedules, Locale locale) {
		return render(SCHEDULES, scheduleStyles, locale, Map.of("speedDating", speedDating, "schedules", schedules,
				"names", topics.names(locale)), "the schedules of " + speedDating.event().data().title());
	}

	public byte[] tableCards(SpeedDatings.SpeedDating speedDating, List<TableCard> cards, Locale locale) {
		return render(CARDS, cardStyles, locale, Map.of("speedDating", speedDating, "cards", cards),
				"the table cards of " + speedDating.event().data().title());
	}

	/** A file name of the event and what the file holds, in letters that survive every system. */
	public static String fileName(SpeedDatings.SpeedDating speedDating, String what) {
		return Slug.of(speedDating.event().data().title() + " " + what, 100) + ".pdf";
	}

	private byte[] render(String template, String styles, Locale locale, Map<String, Object> model, String what) {
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		Context context = new Context(locale, model);
		context.setVariable("lang", locale.toLanguageTag());
		context.setVariable("styles", styles);
		context.setVariable("pageNumber", PageNumber.of(texts, "matchmaking.pdf.page"));
		return pdf.render(templates.process(template, context), locale, what);
	}
}
