package org.regiolab.labs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.FactSheet.FundingNotice;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * A fact sheet as an accessible PDF (PDF/UA: tagged, with title and language) on A4, from the
 * Thymeleaf template {@code labs/factsheet-pdf} with the application's message bundles. DejaVu Sans
 * is embedded: PDF/UA wants every font embedded, and the PDF base fonts openhtmltopdf falls back on
 * are not.
 */
@Component
public class FactSheetPdf {

	private static final String TEMPLATE = "labs/factsheet-pdf";
	private static final String FONT = "DejaVu Sans";
	private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

	static {
		// openhtmltopdf writes to a console handler of its own unless told otherwise
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	/** A funding notice with its logo checked and sized, for the template. */
	record Funding(String programme, String notice, @Nullable Logo logo) {
	}

	private final ITemplateEngine templates;
	private final MessageSource messages;
	// read once: the renderer asks for the fonts on every run
	private final byte[] regular = read(FONTS + "DejaVuSans.ttf");
	private final byte[] bold = read(FONTS + "DejaVuSans-Bold.ttf");
	// handed to the template as text, so the template itself carries no text of its own
	private final String styles = new String(read("templates/" + TEMPLATE + ".css"), StandardCharsets.UTF_8);

	FactSheetPdf(ITemplateEngine templates, MessageSource messages) {
		this.templates = templates;
		this.messages = messages;
	}

	public byte[] render(FactSheet sheet, Locale locale) {
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		Context context = new Context(locale, Map.of(
				"sheet", sheet,
				"lang", locale.toLanguageTag(),
				"styles", styles,
				"measureTables", MeasureTable.of(sheet.measures(), texts),
				"fundings", fundings(sheet.notices()),
				"pageNumber", PageNumber.of(texts)));
		String xhtml = templates.process(TEMPLATE, context);
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder()
				.usePdfUaAccessibility(true)
				.useUnicodeLineBreaker(new LineBreaks(locale))
				.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
				.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
				.withHtmlContent(xhtml, null)
				.withProducer("RegioLab")
				.toStream(pdf)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render the fact sheet " + sheet.title(), ex);
		}
		return pdf.toByteArray();
	}

	private static List<Funding> fundings(List<FundingNotice> notices) {
		return notices.stream()
			.map(notice -> new Funding(notice.programme(), notice.notice(), Logo.of(notice)))
			.toList();
	}

	private static byte[] read(String resource) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Missing resource " + resource, ex);
		}
	}
}
