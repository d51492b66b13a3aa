package org.regiolab.surveys;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.platform.ContentSignature;
import org.regiolab.support.SampleFiles;

import static org.assertj.core.api.Assertions.assertThat;

/** A file question takes the kinds it names up to its size, told by the bytes, and shows a harmless name. */
class FileCheckTest {

	static final Question PDF_ONLY = Questions.file("vorhaben", 1, FileKind.PDF);

	@Test
	void aPdfFitsAPdfQuestion() {
		FileCheck.Result result = FileCheck.check(PDF_ONLY, SampleFiles.pdf());

		assertThat(result.error()).isNull();
		assertThat(result.mediaType()).isEqualTo(ContentSignature.PDF);
	}

	@Test
	void aProgramCalledPdfIsRefusedByItsContent() {
		assertThat(FileCheck.check(PDF_ONLY, SampleFiles.program()).error()).isEqualTo("survey.answer.file.kind");
	}

	@Test
	void textIsRefusedWhereOnlyPdfIsTaken() {
		assertThat(FileCheck.check(PDF_ONLY, SampleFiles.text("%PDF fast")).error()).isEqualTo("survey.answer.file.kind");
	}

	@Test
	void aWordDocumentFitsWhereWordIsTakenButNotWhereExcelIs() {
		assertThat(FileCheck.check(Questions.file("doc", 5, FileKind.WORD), SampleFiles.docx()).error()).isNull();
		assertThat(FileCheck.check(Questions.file("doc", 5, FileKind.EXCEL), SampleFiles.docx()).error())
			.isEqualTo("survey.answer.file.kind");
	}

	@Test
	void aFileOverTheQuestionsLimitIsRefused() {
		byte[] large = new byte[1024 * 1024 + 1];
		System.arraycopy(SampleFiles.pdf(), 0, large, 0, 5);

		assertThat(FileCheck.check(PDF_ONLY, large).error()).isEqualTo("survey.answer.file.size");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThat(FileCheck.check(PDF_ONLY, new byte[0]).error()).isEqualTo("survey.answer.file.empty");
	}

	@Test
	void aKeptFileFitsAndOneWithoutIdDoesNot() {
		Answer kept = Answer.file(AnswerFile.stored(UUID.randomUUID(), "plan.pdf", ContentSignature.PDF, 1000));
		Answer sent = Answer.file(new AnswerFile("plan.pdf", "JVBERi0=", null, null, null));

		assertThat(FileCheck.stored(PDF_ONLY, kept)).isNull();
		assertThat(FileCheck.stored(PDF_ONLY, sent)).isEqualTo("survey.answer.file");
	}

	@Test
	void aNameLosesItsFoldersAndWhatCouldPoseAsAnotherEnding() {
		assertThat(FileCheck.name("C:\\Users\\anna\\Plan.pdf")).isEqualTo("Plan.pdf");
		assertThat(FileCheck.name("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileCheck.name("rechnung\u202Efdp.exe")).isEqualTo("rechnungfdp.exe");
		assertThat(FileCheck.name("a\"b<c>.pdf\r\n")).isEqualTo("a_b_c_.pdf");
		assertThat(FileCheck.name("   ")).isEqualTo("datei");
	}

	@Test
	void aLongNameIsCutKeepingItsEnding() {
		String name = FileCheck.name("x".repeat(500) + ".docx");

		assertThat(name).hasSize(FileCheck.MAX_NAME).endsWith(".docx");
	}

	@Test
	void aQuestionWithoutLimitTakesFiveMegabytes() {
		assertThat(Questions.file("f", null, FileKind.PDF).largestFile()).isEqualTo(5L * 1024 * 1024);
	}
}
