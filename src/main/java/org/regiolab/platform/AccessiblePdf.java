package org.regiolab.platform;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Renders well-formed XHTML into an accessible PDF (PDF/UA: tagged, with title and language).
 * DejaVu Sans is embedded: PDF/UA wants every font embedded, and the PDF base fonts openhtmltopdf
 * falls back on are not. Templates name it as {@code font-family: "DejaVu Sans"}.
 */
@Component
public class AccessiblePdf {

	private static final String FONT = "DejaVu Sans";
	private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";
	private static final String BASE_STYLES = "templates/fragments/pdf.css";

	static {
		// openhtmltopdf writes to a console handler of its own unless told otherwise
		XRLog.setLoggerImpl(new Slf4jLogger());
	}

	// read once: the renderer asks for the fonts on every run
	private final byte[] regular = read(FONTS + "DejaVuSans.ttf");
	private final byte[] bold = read(FONTS + "DejaVuSans-Bold.ttf");

	/** @param what names the document in the error should rendering fail */
	public byte[] render(String xhtml, Locale locale, String what) {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		try {
			new PdfRendererBuilder()
				.usePdfUaAccessibility(true)
				.useUnicodeLineBreaker(new LineBreaks(locale))
				// the charts of platform.charts; the drawer loads nothing from outside and runs no script
				.useSVGDrawer(new BatikSVGDrawer())
				.useFont(() -> new ByteArrayInputStream(regular), FONT, 400, FontStyle.NORMAL, true)
				.useFont(() -> new ByteArrayInputStream(bold), FONT, 700, FontStyle.NORMAL, true)
				.withHtmlContent(xhtml, null)
				.withProducer("RegioLab")
				.toStream(pdf)
				.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render " + what, ex);
		}
		return pdf.toByteArray();
	}

	/**
	 * The shared style sheet of every PDF ({@code fragments/pdf.css}) followed by a template's own,
	 * handed to the template as text so that the template carries no text of its own.
	 */
	public static String styles(String resource) {
		return new String(read(BASE_STYLES), StandardCharsets.UTF_8) + new String(read(resource), StandardCharsets.UTF_8);
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
