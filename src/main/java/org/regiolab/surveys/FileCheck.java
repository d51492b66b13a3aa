package org.regiolab.surveys;

import java.text.Normalizer;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.ContentSignature;

/**
 * Whether a file fits its question: by its size and by what its bytes are, never by its name or
 * the type the browser claims. Names are only shown, and kept so that nothing in them can pose as a
 * path, a header or a different ending.
 */
final class FileCheck {

	static final int MAX_NAME = 120;
	private static final String UNNAMED = "datei";

	/** The media type the content showed, or the message key of what is wrong. */
	record Result(@Nullable String mediaType, @Nullable String error) {
	}

	private FileCheck() {
	}

	static Result check(Question question, byte[] content) {
		if (content.length == 0) {
			return refused("survey.answer.file.empty");
		}
		if (content.length > question.largestFile()) {
			return refused("survey.answer.file.size");
		}
		return ContentSignature.mediaType(content)
			.filter(type -> question.kinds().stream().anyMatch(kind -> kind.accepts(type)))
			.map(type -> new Result(type, null))
			.orElseGet(() -> refused("survey.answer.file.kind"));
	}

	/** A kept file's answer: one the module stored, of a kind and size the question takes. */
	static @Nullable String stored(Question question, Answer answer) {
		AnswerFile file = answer.file();
		boolean fits = file != null && file.id() != null && file.contentBase64() == null && file.size() != null
				&& file.size() <= question.largestFile() && file.mediaType() != null
				&& question.kinds().stream().anyMatch(kind -> kind.accepts(file.mediaType()))
				&& answer.choices().isEmpty() && answer.items().isEmpty() && answer.other() == null && answer.number() == null
				&& answer.date() == null && answer.text() == null;
		return fits ? null : "survey.answer.file";
	}

	/**
	 * The name as shown and offered for download: no folders, no control or formatting characters (a
	 * right-to-left mark turns »fdp.exe« into »exe.pdf« on screen), none of the characters Windows
	 * forbids in a name, and at most {@link #MAX_NAME} characters, keeping the ending.
	 */
	static String name(@Nullable String original) {
		String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		name = name.replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").replaceAll("[:*?\"<>|]", "_").strip();
		while (name.startsWith(".")) {
			name = name.substring(1);
		}
		if (name.codePointCount(0, name.length()) > MAX_NAME) {
			int dot = name.lastIndexOf('.');
			String ending = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
			name = name.substring(0, name.offsetByCodePoints(0, MAX_NAME - ending.length())) + ending;
		}
		return name.isBlank() ? UNNAMED : name;
	}

	private static Result refused(String key) {
		return new Result(null, key);
	}
}
