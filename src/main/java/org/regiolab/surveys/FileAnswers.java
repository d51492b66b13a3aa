package org.regiolab.surveys;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.platform.InvalidInputException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The files that answer file questions. An upload is checked before anything is kept; one that fits
 * is kept under the draft with the page it came on, replaces the draft's earlier file for its
 * question, and moves to the response in the submitting transaction, losing the draft's key (which
 * knows the invitation). Files the answers no longer name (removed, replaced, or of a question no
 * longer shown) are deleted then too.
 */
@Component
class FileAnswers {

	/**
	 * Uploads checked against their questions.
	 * @param answers the answers of the files that fit, by question key, naming the id they will be kept under
	 * @param errors the message key of what is wrong with the others, by question key
	 * @param contents the bytes of the files that fit, by that id
	 */
	record Checked(Map<String, Answer> answers, Map<String, String> errors, Map<UUID, byte[]> contents) {

		static final Checked NONE = new Checked(Map.of(), Map.of(), Map.of());
	}

	private final JdbcClient jdbc;

	FileAnswers(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The uploads of a page, for its file questions; an empty upload is no answer and no error. */
	static Checked check(Collection<Question> questions, Map<String, Upload> uploads) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		Map<UUID, byte[]> contents = new LinkedHashMap<>();
		for (Question question : questions) {
			Upload upload = uploads.get(question.key());
			if (question.type() != QuestionType.FILE || upload == null || upload.content().length == 0) {
				continue;
			}
			FileCheck.Result result = FileCheck.check(question, upload.content());
			if (result.error() != null) {
				errors.put(question.key(), result.error());
				continue;
			}
			UUID id = UUID.randomUUID();
			answers.put(question.key(), Answer.file(AnswerFile.stored(id, FileCheck.name(upload.name()), result.mediaType(),
					upload.content().length)));
			contents.put(id, upload.content());
		}
		return new Checked(answers, errors, contents);
	}

	/**
	 * The files of a whole response sent through the API, in Base64.
	 * @throws InvalidInputException naming {@code answers.<key>.file.contentBase64} for content missing or not in
	 *         Base64, or {@code answers.<key>} for a file that does not fit its question
	 */
	static Checked fromApi(SurveyDefinition definition, Map<String, Answer> given) {
		Map<String, Upload> uploads = new LinkedHashMap<>();
		given.forEach((key, answer) -> {
			boolean fileQuestion = definition.question(key).map(question -> question.type() == QuestionType.FILE).orElse(false);
			if (answer == null || answer.file() == null || !fileQuestion) {
				return;
			}
			uploads.put(key, new Upload(answer.file().name() == null ? "" : answer.file().name(), decode(key, answer.file())));
		});
		Checked checked = check(definition.questions().stream().filter(question -> uploads.containsKey(question.key())).toList(),
				uploads);
		checked.errors().entrySet().stream().findFirst().ifPresent(error -> {
			throw new InvalidInputException("answers." + error.getKey(), error.getValue(), "File refused: " + error);
		});
		return checked;
	}

	/** Keeps a draft's new files and deletes those its answers no longer name. */
	void keep(String draft, UUID survey, Map<String, Answer> answers, Checked checked) {
		jdbc.sql("delete from survey_file where draft = ? and not (id = any(?))").params(draft, named(answers)).update();
		insert(survey, draft, null, answers, checked);
	}

	/** Moves the files the response names from its draft to it, keeps those sent with it, and deletes the draft's others. */
	void submit(String draft, UUID survey, UUID response, Map<String, Answer> answers, Checked checked) {
		jdbc.sql("update survey_file set draft = null, response = ? where draft = ? and id = any(?)")
			.params(response, draft, named(answers))
			.update();
		jdbc.sql("delete from survey_file where draft = ?").param(draft).update();
		insert(survey, null, response, answers, checked);
	}

	private void insert(UUID survey, @Nullable String draft, @Nullable UUID response, Map<String, Answer> answers, Checked checked) {
		answers.forEach((question, answer) -> {
			AnswerFile file = answer.file();
			byte[] content = file == null || file.id() == null ? null : checked.contents().get(file.id());
			if (content == null) {
				return;
			}
			jdbc.sql("""
					insert into survey_file (id, survey, draft, response, question, name, media_type, size, sha256, content)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(file.id(), survey, draft, response, question, file.name(), file.mediaType(), content.length, sha256(content),
						content)
				.update();
		});
	}

	private static UUID[] named(Map<String, Answer> answers) {
		return answers.values().stream()
			.filter(answer -> answer.file() != null && answer.file().id() != null)
			.map(answer -> answer.file().id())
			.toArray(UUID[]::new);
	}

	private static byte[] decode(String key, AnswerFile file) {
		if (file.contentBase64() == null) {
			throw new InvalidInputException("answers." + key + ".file.contentBase64", "survey.answer.file.content",
					"A file's content is missing");
		}
		byte[] content;
		try {
			// line breaks, as some encoders write them, are fine; any other character not of Base64 is not
			content = Base64.getDecoder().decode(file.contentBase64().replaceAll("\\s", ""));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInputException("answers." + key + ".file.contentBase64", "survey.answer.file.base64",
					"Not Base64");
		}
		if (content.length == 0) {
			throw new InvalidInputException("answers." + key, "survey.answer.file.empty", "An empty file");
		}
		return content;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java has SHA-256", ex);
		}
	}
}
