package org.regiolab.events;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.regiolab.platform.ContentSignature;
import org.regiolab.platform.InvalidInputException;

/**
 * A file of an event's documentation, accepted only if its content is what its name claims: a
 * PNG or JPEG photo, a PDF, or a Word document (DOCX). What the browser claims is ignored.
 */
record DocumentationFile(String name, String mediaType, byte[] content) {

	static final int MAX_SIZE = 10 * 1024 * 1024;

	static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	private static final Map<String, String> BY_ENDING = Map.of("png", "image/png", "jpg", "image/jpeg",
			"jpeg", "image/jpeg", "pdf", "application/pdf", "docx", DOCX);

	static DocumentationFile check(String originalName, byte[] content) {
		if (content.length == 0 || content.length > MAX_SIZE) {
			throw new InvalidInputException("file", "documentation.file.size", "File empty or larger than 10 MB");
		}
		String name = originalName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (name.isEmpty() || name.length() > 255) {
			throw new InvalidInputException("file", "documentation.file.name", "Bad file name");
		}
		String claimed = BY_ENDING.get(name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT));
		if (claimed == null || !claimed.equals(contentType(content).orElse(null))) {
			throw new InvalidInputException("file", "documentation.file.type", "Content is not what " + name + " claims");
		}
		return new DocumentationFile(name, claimed, content);
	}

	static boolean isPhoto(String mediaType) {
		return mediaType.startsWith("image/");
	}

	private static Optional<String> contentType(byte[] content) {
		if (ContentSignature.startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
			return Optional.of("application/pdf");
		}
		return ContentSignature.image(content).or(() -> wordDocument(content) ? Optional.of(DOCX) : Optional.empty());
	}

	/** Any ZIP archive starts alike; a Word document is one that holds the document part. */
	private static boolean wordDocument(byte[] content) {
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if ("word/document.xml".equals(entry.getName())) {
					return true;
				}
			}
			return false;
		}
		catch (IOException | IllegalArgumentException ex) {
			return false;
		}
	}
}
