package org.regiolab.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * What the first bytes of an upload say it is, whatever its name or the browser claims. Uploads
 * are accepted by their content, never by their name.
 */
public final class ContentSignature {

	public static final String PDF = "application/pdf";
	public static final String PNG_IMAGE = "image/png";
	public static final String JPEG_IMAGE = "image/jpeg";
	public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	public static final String PLAIN_TEXT = "text/plain;charset=UTF-8";

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A };
	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };
	private static final byte[] PDF_START = { '%', 'P', 'D', 'F', '-' };
	private static final byte[] ZIP = { 'P', 'K', 3, 4 };
	/** An Office document names its parts in its first entries; a zip with more before them is no Office document. */
	private static final int ZIP_ENTRIES_READ = 200;
	/** Bytes unpacked while looking for the parts, so that a zip bomb stops early. */
	private static final long ZIP_BYTES_UNPACKED = 32L * 1024 * 1024;

	private ContentSignature() {
	}

	/** {@code image/png} or {@code image/jpeg}, the raster images every browser, PDF and Word document shows; or nothing. */
	public static Optional<String> image(byte[] content) {
		if (startsWith(content, PNG)) {
			return Optional.of(PNG_IMAGE);
		}
		return startsWith(content, JPEG) ? Optional.of(JPEG_IMAGE) : Optional.empty();
	}

	/**
	 * The media type of a PDF, a PNG or JPEG image, a Word (DOCX) or Excel (XLSX) document, or UTF-8
	 * text (which a CSV file is); nothing for anything else, such as a program. An Office document is
	 * a zip that holds {@code [Content_Types].xml} and the parts of Word ({@code word/}) or Excel
	 * ({@code xl/}); a zip that holds neither is no document.
	 */
	public static Optional<String> mediaType(byte[] content) {
		if (startsWith(content, PDF_START)) {
			return Optional.of(PDF);
		}
		Optional<String> image = image(content);
		if (image.isPresent()) {
			return image;
		}
		if (startsWith(content, ZIP)) {
			return officeDocument(content);
		}
		return utf8Text(content) ? Optional.of(PLAIN_TEXT) : Optional.empty();
	}

	public static boolean startsWith(byte[] content, byte[] prefix) {
		if (content.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (content[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	/** Text in UTF-8 without NUL characters, which no text file holds and every program does. */
	public static boolean utf8Text(byte[] content) {
		if (content.length == 0) {
			return false;
		}
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static Optional<String> officeDocument(byte[] content) {
		boolean types = false;
		String part = null;
		long unpacked = 0;
		byte[] buffer = new byte[8192];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			ZipEntry entry;
			for (int entries = 0; entries < ZIP_ENTRIES_READ && (entry = zip.getNextEntry()) != null; entries++) {
				String name = entry.getName();
				types |= "[Content_Types].xml".equals(name);
				if (part == null && name.startsWith("word/")) {
					part = DOCX;
				}
				else if (part == null && name.startsWith("xl/")) {
					part = XLSX;
				}
				if (types && part != null) {
					return Optional.of(part);
				}
				// read through the entry here rather than let the next entry skip it, to count what it unpacks to
				for (int n; (n = zip.read(buffer)) > 0;) {
					unpacked += n;
					if (unpacked > ZIP_BYTES_UNPACKED) {
						return Optional.empty();
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// not a zip after all, or a broken one
		}
		return Optional.empty();
	}
}
