package org.regiolab.network;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import org.regiolab.platform.ContentSignature;
import org.regiolab.platform.InvalidInputException;

/**
 * A file for a members' area, accepted only if its content is what its name says: PDF, PNG,
 * JPEG, Office documents (DOCX, XLSX, PPTX) or UTF-8 text (TXT, CSV). The browser's claimed type
 * is ignored; the first bytes decide.
 */
record UploadedFile(String name, String mediaType, byte[] content) {

	static final long MAX_SIZE = 20L * 1024 * 1024;

	static UploadedFile check(String originalName, byte[] content) {
		String name = originalName.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		if (content.length == 0 || content.length > MAX_SIZE) {
			throw new InvalidInputException("file", "network.file.size", "File empty or larger than 20 MB");
		}
		if (name.isEmpty() || name.length() > 255) {
			throw new InvalidInputException("file", "network.file.name", "Bad file name");
		}
		String ending = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
		return mediaType(ending, content).map(type -> new UploadedFile(name, type, content))
			.orElseThrow(() -> new InvalidInputException("file", "network.file.type", "Content does not match " + ending));
	}

	private static Optional<String> mediaType(String ending, byte[] content) {
		return Optional.ofNullable(switch (ending) {
			case "pdf" -> ContentSignature.startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII)) ? "application/pdf" : null;
			case "png" -> ContentSignature.image(content).filter("image/png"::equals).orElse(null);
			case "jpg", "jpeg" -> ContentSignature.image(content).filter("image/jpeg"::equals).orElse(null);
			case "docx" -> zip(content) ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : null;
			case "xlsx" -> zip(content) ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : null;
			case "pptx" -> zip(content) ? "application/vnd.openxmlformats-officedocument.presentationml.presentation" : null;
			case "txt" -> text(content) ? "text/plain;charset=UTF-8" : null;
			case "csv" -> text(content) ? "text/csv;charset=UTF-8" : null;
			default -> null;
		});
	}

	private static boolean zip(byte[] content) {
		return ContentSignature.startsWith(content, new byte[] { 'P', 'K', 3, 4 });
	}

	private static boolean text(byte[] content) {
		for (byte b : content) {
			if (b == 0) {
				return false;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}
}
