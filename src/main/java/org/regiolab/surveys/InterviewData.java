package org.regiolab.surveys;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What an interview is.
 * @param label how lists and reports name it, e.g. »Betrieb A (Sanitär)«; interviews are often pseudonymised
 * @param organisation the organisation of the registry interviewed, if it is one
 * @param person the person of the registry interviewed, if they are one; erasing them erases the notes
 * @param invented demo data: notes nobody said
 * @param answers the notes or transcript per question of the guide, by question id; a blank text is no answer
 */
public record InterviewData(String label, @Nullable UUID organisation, @Nullable UUID person, LocalDate interviewedOn,
		String interviewer, boolean invented, Map<UUID, String> answers) {

	public InterviewData {
		label = label == null ? "" : label.strip();
		interviewer = interviewer == null ? "" : interviewer.strip();
		Map<UUID, String> texts = new LinkedHashMap<>();
		if (answers != null) {
			// one kind of line break, so that offsets mean the same in the browser and here
			answers.forEach((question, text) -> {
				String clean = text == null ? "" : text.replace("\r\n", "\n").replace('\r', '\n').strip();
				if (question != null && !clean.isEmpty()) {
					texts.put(question, clean);
				}
			});
		}
		answers = Map.copyOf(texts);
	}

	public InterviewData withAnswers(Map<UUID, String> texts) {
		return new InterviewData(label, organisation, person, interviewedOn, interviewer, invented, texts);
	}
}
