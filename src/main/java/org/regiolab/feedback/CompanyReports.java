package org.regiolab.feedback;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.regiolab.accounts.AuditLog;
import org.regiolab.feedback.CompanyReport.StationReport;
import org.regiolab.labs.FundingProgrammes;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.platform.AccessiblePdf;
import org.regiolab.platform.MailOutbox;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.OutgoingMail;
import org.regiolab.platform.OutgoingMail.Attachment;
import org.regiolab.platform.PageNumber;
import org.regiolab.platform.Slug;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies' reports of a themed world as accessible PDFs (A4, tagged), downloaded or sent by
 * mail through the outbox. A report shows the company's own stations only.
 */
@Service
@Transactional(readOnly = true)
public class CompanyReports {

	private static final String TEMPLATE = "feedback/company-report";

	private final ThemedWorlds worlds;
	private final Stations stations;
	private final FeedbackAnalysis analysis;
	private final FundingProgrammes funding;
	private final NetworkDirectory network;
	private final ITemplateEngine templates;
	private final MessageSource messages;
	private final AccessiblePdf pdf;
	private final MailOutbox outbox;
	private final AuditLog audit;
	private final String styles = AccessiblePdf.styles("templates/" + TEMPLATE + ".css");

	CompanyReports(ThemedWorlds worlds, Stations stations, FeedbackAnalysis analysis, FundingProgrammes funding,
			NetworkDirectory network, ITemplateEngine templates, MessageSource messages, AccessiblePdf pdf,
			MailOutbox outbox, AuditLog audit) {
		this.worlds = worlds;
		this.stations = stations;
		this.analysis = analysis;
		this.funding = funding;
		this.network = network;
		this.templates = templates;
		this.messages = messages;
		this.pdf = pdf;
		this.outbox = outbox;
		this.audit = audit;
	}

	/** @throws NotFoundException if the company has no station in the themed world */
	public CompanyReport report(UUID themedWorld, UUID organisation) {
		ThemedWorld world = worlds.load(themedWorld);
		List<StationReport> own = stations.ofThemedWorld(themedWorld).stream()
			.filter(station -> organisation.equals(station.data().organisation()))
			.map(station -> new StationReport(station, analysis.summarize(FeedbackScope.station(station.id(), null, null))))
			.toList();
		if (own.isEmpty()) {
			throw new NotFoundException("No station of " + organisation + " in " + themedWorld);
		}
		FeedbackSummary overall = own.size() == 1 ? null
				: analysis.summarize(FeedbackScope.company(themedWorld, organisation, null, null));
		return new CompanyReport(world, own.get(0).station().organisationName(), own, overall,
				world.data().reportNotice(), funding.printedNotices(world.data().fundingProgrammes()));
	}

	public byte[] pdf(CompanyReport report, Locale locale) {
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		Context context = new Context(locale, Map.of(
				"report", report,
				"lang", locale.toLanguageTag(),
				"styles", styles,
				"pageNumber", PageNumber.of(texts, "report.page")));
		return pdf.render(templates.process(TEMPLATE, context), locale, "the report for " + report.company());
	}

	/** Queues the report as a mail to the company; the mail is sent once, whenever the mail server answers. */
	@Transactional
	public void send(UUID themedWorld, UUID organisation, String to, Locale locale) {
		CompanyReport report = report(themedWorld, organisation);
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		String title = report.world().data().title();
		outbox.enqueue(new OutgoingMail(to, texts.getMessage("report.mail.subject", new Object[] { title }),
				texts.getMessage("report.mail.text", new Object[] { report.company(), title, report.world().labName() }),
				null, new Attachment(fileName(report), "application/pdf", pdf(report, locale))));
		audit.record("feedback.reportSent", ThemedWorlds.subject(themedWorld), report.company() + " → " + to);
	}

	/** A file name of the themed world and the company, in letters that survive every mail program. */
	public String fileName(CompanyReport report) {
		return Slug.of(report.world().data().title() + " " + report.company(), 100) + ".pdf";
	}
}
