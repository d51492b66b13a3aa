package org.regiolab.surveys.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.CodeColour;
import org.regiolab.surveys.CodeData;
import org.regiolab.surveys.CodingData;
import org.regiolab.surveys.InterviewData;
import org.regiolab.surveys.InterviewGuideData;
import org.regiolab.surveys.Text;

/** What the interviews API takes: guides, questions, interviews, codes and codings, each with its checks. */
final class InterviewInput {

	private InterviewInput() {
	}

	record Guide(@NotBlank @Size(max = 300) String title, @Nullable UUID allianceId, @Nullable UUID labId) {

		InterviewGuideData toData() {
			return new InterviewGuideData(title, allianceId, labId);
		}
	}

	record Question(@NotBlank @Size(max = 2000) String textDe, @Nullable @Size(max = 2000) String textEn,
			@Nullable @Min(0) @Max(1000) Integer position) {

		Text toText() {
			return new Text(textDe, textEn);
		}
	}

	record Answer(@NotNull UUID questionId, @Nullable @Size(max = 100_000) String text) {
	}

	record Interview(@NotBlank @Size(max = 200) String label, @NotNull LocalDate interviewedOn,
			@NotBlank @Size(max = 200) String interviewer, @Nullable UUID organizationId, @Nullable UUID personId,
			@Nullable Boolean invented, @Nullable @Size(max = 200) List<@Valid @NotNull Answer> answers) {

		InterviewData toData() {
			Map<UUID, String> texts = new LinkedHashMap<>();
			if (answers != null) {
				answers.forEach(answer -> texts.put(answer.questionId(), answer.text()));
			}
			return new InterviewData(label, organizationId, personId, interviewedOn, interviewer,
					Boolean.TRUE.equals(invented), texts);
		}
	}

	record Code(@NotBlank @Size(max = 100) String name, @NotNull CodeColour colour, @Nullable UUID parentId,
			@Nullable @Size(max = 2000) String description) {

		CodeData toData() {
			return new CodeData(name, colour, parentId, description);
		}
	}

	record Coding(@NotNull UUID questionId, @NotNull UUID codeId, @Nullable @Min(0) Integer start,
			@Nullable @Min(1) Integer end) {

		CodingData toData() {
			return new CodingData(questionId, codeId, start, end);
		}
	}
}
