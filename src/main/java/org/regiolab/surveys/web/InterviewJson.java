package org.regiolab.surveys.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.Code;
import org.regiolab.surveys.CodeColour;
import org.regiolab.surveys.Coding;
import org.regiolab.surveys.Codings;
import org.regiolab.surveys.Interview;
import org.regiolab.surveys.InterviewGuide;

/** What the interviews API answers. */
final class InterviewJson {

	private InterviewJson() {
	}

	record QuestionJson(UUID id, int position, String textDe, @Nullable String textEn) {
	}

	record GuideJson(UUID id, String title, @Nullable UUID allianceId, @Nullable UUID labId, @Nullable String ownerName,
			List<QuestionJson> questions, int interviews) {

		static GuideJson of(InterviewGuide guide) {
			return new GuideJson(guide.id(), guide.data().title(), guide.data().alliance(), guide.data().lab(),
					guide.ownerName(), guide.questions().stream()
						.map(q -> new QuestionJson(q.id(), q.position(), q.text().de(), q.text().en()))
						.toList(),
					guide.interviews());
		}
	}

	record CodingJson(UUID id, UUID interviewId, UUID questionId, UUID codeId, int start, int end, String quote) {

		static CodingJson of(Coding coding) {
			return new CodingJson(coding.id(), coding.interview(), coding.question(), coding.code(), coding.start(),
					coding.end(), coding.quote());
		}
	}

	record AnswerJson(UUID questionId, String text) {
	}

	record InterviewFullJson(UUID id, UUID guideId, String label, @Nullable UUID organizationId,
			@Nullable String organizationName, @Nullable UUID personId, @Nullable String personName, LocalDate interviewedOn,
			String interviewer, boolean invented, @Nullable Instant erasedAt, List<AnswerJson> answers,
			List<CodingJson> codings) {

		static InterviewFullJson of(Interview interview, InterviewGuide guide) {
			return new InterviewFullJson(interview.id(), interview.guide(), interview.data().label(),
					interview.data().organisation(), interview.organisationName(), interview.data().person(),
					interview.personName(), interview.data().interviewedOn(), interview.data().interviewer(),
					interview.data().invented(), interview.erasedAt(),
					guide.questions().stream()
						.filter(q -> interview.answer(q.id()) != null)
						.map(q -> new AnswerJson(q.id(), interview.answer(q.id())))
						.toList(),
					interview.codings().stream().map(CodingJson::of).toList());
		}
	}

	record CodeJson(UUID id, UUID guideId, String name, CodeColour colour, @Nullable UUID parentId,
			@Nullable String description, int depth, String path) {

		static CodeJson of(Code code) {
			return new CodeJson(code.id(), code.guide(), code.name(), code.colour(), code.data().parent(),
					code.data().description(), code.depth(), code.path());
		}
	}

	record MatrixCell(UUID interviewId, int count) {
	}

	record MatrixRow(UUID codeId, String path, int total, List<MatrixCell> interviews) {
	}

	record MatrixJson(List<MatrixRow> codes) {

		static MatrixJson of(Codings.Matrix matrix) {
			return new MatrixJson(matrix.codes().stream()
				.map(code -> new MatrixRow(code.id(), code.path(), matrix.total(code.id()), matrix.interviews().stream()
					.map(row -> new MatrixCell(row.id(), matrix.count(code.id(), row.id())))
					.toList()))
				.toList());
		}
	}
}
