package org.regiolab.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.surveys.Questions.bounded;
import static org.regiolab.surveys.Questions.question;
import static org.regiolab.surveys.Questions.required;

/** An answer that does not fit its question gets the message key of what is wrong. */
class AnswerCheckTest {

	static final Question SCALE = question("empfehlung", QuestionType.SCALE);

	@Test
	void aScaleTakesItsElevenWholeSteps() {
		assertThat(AnswerCheck.check(SCALE, Answer.number(0))).isEmpty();
		assertThat(AnswerCheck.check(SCALE, Answer.number(10))).isEmpty();
	}

	@Test
	void aScaleRefusesElevenMinusOneAndTwoAndAHalf() {
		assertThat(AnswerCheck.check(SCALE, Answer.number(11))).contains("survey.answer.scale");
		assertThat(AnswerCheck.check(SCALE, Answer.number(-1))).contains("survey.answer.scale");
		assertThat(AnswerCheck.check(SCALE, Answer.number(2.5))).contains("survey.answer.scale");
	}

	@Test
	void aNumberOutsideItsSmallestAndLargestIsRefused() {
		Question employees = bounded(question("beschaeftigte", QuestionType.NUMBER), 1, 500);

		assertThat(AnswerCheck.check(employees, Answer.number(0))).contains("survey.answer.number.range");
		assertThat(AnswerCheck.check(employees, Answer.number(501))).contains("survey.answer.number.range");
		assertThat(AnswerCheck.check(employees, Answer.number(500))).isEmpty();
	}

	@Test
	void aLongTextOfTenThousandAndOneCharactersIsRefusedAndOneOfTenThousandTaken() {
		Question wishes = question("wuensche", QuestionType.LONG_TEXT);

		assertThat(AnswerCheck.check(wishes, Answer.text("x".repeat(10_001)))).contains("survey.answer.text");
		assertThat(AnswerCheck.check(wishes, Answer.text("x".repeat(10_000)))).isEmpty();
	}

	@Test
	void aRankingThatGivesARankTwiceIsRefused() {
		Question ranking = question("reihenfolge", QuestionType.RANKING, "Breitband", "Parkplätze", "Kita");

		assertThat(AnswerCheck.check(ranking, Answer.items(Map.of(0, 1, 1, 1, 2, 3)))).contains("survey.answer.ranking");
		assertThat(AnswerCheck.check(ranking, Answer.items(Map.of(0, 2, 1, 3, 2, 1)))).isEmpty();
	}

	@Test
	void aMultipleChoiceWithTooFewOrTooManyPicksIsRefused() {
		Question topics = bounded(question("themen", QuestionType.MULTIPLE_CHOICE, "a", "b", "c", "d"), 2, 3);

		assertThat(AnswerCheck.check(topics, Answer.choices(List.of(0)))).contains("survey.answer.picks.few");
		assertThat(AnswerCheck.check(topics, Answer.choices(List.of(0, 1, 2, 3)))).contains("survey.answer.picks.many");
		assertThat(AnswerCheck.check(topics, Answer.choices(List.of(0, 3)))).isEmpty();
	}

	@Test
	void anOptionTheQuestionDoesNotHaveIsRefused() {
		Question size = question("groesse", QuestionType.SINGLE_CHOICE, "klein", "groß");

		assertThat(AnswerCheck.check(size, Answer.choice(2))).contains("survey.answer.choice");
		assertThat(AnswerCheck.check(size, Answer.choices(List.of(0, 1)))).contains("survey.answer.choice");
	}

	@Test
	void aRequiredQuestionLeftEmptyIsRefusedAnOptionalOneNot() {
		Question name = question("name", QuestionType.SHORT_TEXT);

		assertThat(AnswerCheck.check(required(name), null)).contains("survey.answer.required");
		assertThat(AnswerCheck.check(required(name), Answer.text("   "))).contains("survey.answer.required");
		assertThat(AnswerCheck.check(name, null)).isEmpty();
	}

	@Test
	void aDateInTheYearThreeThousandIsRefused() {
		Question founded = question("gegruendet", QuestionType.DATE);

		assertThat(AnswerCheck.check(founded, date(LocalDate.of(3000, 1, 1)))).contains("survey.answer.date");
		assertThat(AnswerCheck.check(founded, date(LocalDate.of(1998, 5, 1)))).isEmpty();
	}

	@Test
	void aMatrixStepBeyondItsScaleIsRefused() {
		Question satisfaction = Questions.matrix("zufriedenheit", 2, "schlecht", "gut");

		assertThat(AnswerCheck.check(satisfaction, Answer.items(Map.of(0, 2)))).contains("survey.answer.choice");
		assertThat(AnswerCheck.check(satisfaction, Answer.items(Map.of(0, 1, 1, 0)))).isEmpty();
	}

	@Test
	void yesOrNoTakesNothingElse() {
		Question again = question("wiederkommen", QuestionType.YES_NO);

		assertThat(AnswerCheck.check(again, Answer.choice(2))).contains("survey.answer.choice");
		assertThat(AnswerCheck.check(again, Answer.yes(false))).isEmpty();
	}

	@Test
	void aNumberWithMoreThanFourDecimalsIsRefused() {
		assertThat(AnswerCheck.check(question("umsatz", QuestionType.NUMBER),
				new Answer(null, null, null, new BigDecimal("1.23456"), null, null))).contains("survey.answer.number");
	}

	private static Answer date(LocalDate day) {
		return new Answer(null, null, null, null, day, null);
	}

	@Test
	void aRequiredFileQuestionWithoutAFileIsRefused() {
		assertThat(AnswerCheck.check(required(Questions.file("unterlagen", null, FileKind.PDF)), null)).contains("survey.answer.required");
	}

	@Test
	void aFileOnATextQuestionIsRefused() {
		Answer file = Answer.file(new AnswerFile("plan.pdf", null, java.util.UUID.randomUUID(), "application/pdf", 10L));

		assertThat(AnswerCheck.check(question("name", QuestionType.SHORT_TEXT), file)).contains("survey.answer.file.none");
	}
}
