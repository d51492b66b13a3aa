package org.regiolab.surveys;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A file given as the answer to a file question. Sent through the API it carries its content in
 * Base64 and its name; kept, it carries the id of the stored file, its sanitised name, the media
 * type its content showed and its size in bytes, and no content.
 */
@NamedInterface("api")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerFile(@Nullable String name, @Nullable String contentBase64, @Nullable UUID id,
		@Nullable String mediaType, @Nullable Long size) {

	private static final long MEGABYTE = 1024L * 1024L;

	/** A size as people read it: »1,2 MB«, or »830 KB« below a tenth of a megabyte. */
	public static String size(long bytes, Locale locale) {
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		if (bytes < MEGABYTE / 10) {
			return number.format(Math.max(1, Math.round(bytes / 1024.0))) + "\u00a0KB";
		}
		number.setMinimumFractionDigits(1);
		number.setMaximumFractionDigits(1);
		return number.format(bytes / (double) MEGABYTE) + "\u00a0MB";
	}

	static AnswerFile stored(UUID id, String name, String mediaType, long size) {
		return new AnswerFile(name, null, id, mediaType, size);
	}
}
