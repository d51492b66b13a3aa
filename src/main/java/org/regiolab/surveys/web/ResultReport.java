package org.regiolab.surveys.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.regiolab.platform.AccessiblePdf;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.OutgoingMail.Attachment;
import org.regiolab.platform.PageNumber;
import org.regiolab.platform.Slug;
import org.regiolab.surveys.ResultFilter;
import org.regiolab.surveys.Survey;
import org.regiolab.surveys.SurveyResult;
import org.regiolab.surveys.SurveyFunding;
import org.regiolab.surveys.SurveyResults;
import org.regiolab.surveys.Surveys;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Component;

/**
 * A survey's results, all responses, as an accessible PDF (template {@code surveys/report-pdf}): the
 * same figures, charts and tables as the results page, with the free texts as quotes, and the notices
 * of the programmes that pay for the survey. Downloaded, or mailed to whoever asks for it.
 */
@Component
class ResultReport {

	private static final String TEMPLATE = "surveys/report-pdf";
	/** Free texts quoted per question; the page lists more. */
	private static final int QUOTES = 10;

	private final Surveys surveys;
	private final SurveyResults results;
	private final SurveyFunding funding;
	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final AccessiblePdf pdf;
	private final MailOutbox outbox;
	private final Clock clock;
	private final String styles = AccessiblePdf.styles("templates/" + TEMPLATE + ".css");

	ResultReport(Surveys surveys, SurveyResults results, SurveyFunding funding, ITemplateEngine templates, MessageSource messages, AccessiblePdf pdf,
			MailOutbox outbox, Clock clock) {
		this.surveys = surveys;
		this.results = results;
		this.funding = funding;
		this.templates = templates;
		this.messages = messages;
		this.pdf = pdf;
		this.outbox = outbox;
		this.clock = clock;
	}

	byte[] pdf(UUID id, Locale locale) {
		Survey survey = surveys.load(id);
		SurveyResult result = results.of(id, ResultFilter.NONE, locale);
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		ResultCharts charts = new ResultCharts(texts, locale, true);
		Context context = new Context(locale, Map.ofEntries(
				Map.entry("survey", survey),
				Map.entry("title", survey.data().title().in(locale)),
				Map.entry("lang", locale.toLanguageTag()),
				Map.entry("styles", styles),
				Map.entry("issued", LocalDate.now(clock).format(DateTimeFormatter.ofPattern(texts.getMessage("results.day.format"), locale))),
				Map.entry("summary", charts.summary(survey, result)),
				Map.entry("questions", charts.questions(result, survey.data().definition())),
				Map.entry("timeline", charts.timeline(result)),
				Map.entry("quotes", QUOTES),
				Map.entry("fundings", funding.notices(id)),
				Map.entry("pageNumber", PageNumber.of(texts, "results.report.page"))));
		return pdf.render(templates.process(TEMPLATE, context), locale, "the results of survey " + id);
	}

	String fileName(UUID id) {
		return fileName(surveys.load(id));
	}

	/** Queues the report as a mail with the PDF attached. */
	void mail(UUID id, String to, Locale locale) {
		Survey survey = surveys.load(id);
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		String title = survey.data().title().in(locale);
		outbox.enqueue(new OutgoingMail(to, texts.getMessage("results.report.mail.subject", new Object[] { title }),
				texts.getMessage("results.report.mail.text", new Object[] { title }), null,
				new Attachment(fileName(survey), "application/pdf", pdf(id, locale))));
	}

	private static String fileName(Survey survey) {
		return Slug.of(survey.data().title().de(), 80) + "-ergebnisse.pdf";
	}
}
