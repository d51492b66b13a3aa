package org.regiolab.surveys.web;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.regiolab.surveys.Answer;
import org.regiolab.surveys.AnswerFile;

/** A file kept among a person's answers as the answer page shows it: its name and its size as people read it. */
record FileShown(String name, String size) {

	/** The files kept among a person's answers, by question key. */
	static Map<String, FileShown> of(Map<String, Answer> answers, Locale locale) {
		Map<String, FileShown> files = new HashMap<>();
		answers.forEach((key, answer) -> {
			AnswerFile file = answer.file();
			if (file != null && file.name() != null && file.size() != null) {
				files.put(key, new FileShown(file.name(), AnswerFile.size(file.size(), locale)));
			}
		});
		return files;
	}
}
