package org.regiolab.surveys;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.regiolab.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.regiolab.surveys.Condition.Operator.AT_LEAST;
import static org.regiolab.surveys.Condition.Operator.CONTAINS;
import static org.regiolab.surveys.Condition.Operator.IS;
import static org.regiolab.surveys.Questions.bounded;
import static org.regiolab.surveys.Questions.definition;
import static org.regiolab.surveys.Questions.matrix;
import static org.regiolab.surveys.Questions.page;
import static org.regiolab.surveys.Questions.pageWhen;
import static org.regiolab.surveys.Questions.question;
import static org.regiolab.surveys.Questions.when;

/** A survey's questions are refused where they break a rule, with the field at fault and the message key. */
class DefinitionCheckTest {

	static final Question SIZE = question("groesse", QuestionType.SINGLE_CHOICE, "klein", "mittel", "groß");

	@Test
	void aSurveyWithEveryTypeOfQuestionAndConditionsOnEarlierAnswersPasses() {
		SurveyDefinition good = definition(
				page(SIZE, question("themen", QuestionType.MULTIPLE_CHOICE, "Digitalisierung", "Fachkräfte", "Innenstadt"),
						matrix("zufriedenheit", 3, "schlecht", "mittel", "gut"), question("empfehlung", QuestionType.SCALE),
						bounded(question("beschaeftigte", QuestionType.NUMBER), 0, 100_000)),
				pageWhen("groesse", IS, "2", question("gegruendet", QuestionType.DATE), question("name", QuestionType.SHORT_TEXT),
						when(question("wuensche", QuestionType.LONG_TEXT), "themen", CONTAINS, "1"),
						question("reihenfolge", QuestionType.RANKING, "Breitband", "Parkplätze", "Kita"),
						when(question("wiederkommen", QuestionType.YES_NO), "empfehlung", AT_LEAST, "7"),
						Questions.file("unterlagen", 10, FileKind.PDF, FileKind.WORD)));

		assertThat(good.questions()).extracting(Question::type).containsExactlyInAnyOrder(QuestionType.values());
		assertThatCode(() -> DefinitionCheck.check(good)).doesNotThrowAnyException();
	}

	@Test
	void aChoiceQuestionWithoutOptionsIsRefusedAtItsOptions() {
		assertRefused(() -> DefinitionCheck.check(definition(page(SIZE, question("branche", QuestionType.SINGLE_CHOICE)))),
				"pages[0].questions[1].options", "survey.question.options");
	}

	@Test
	void aRankingOfOneOptionIsRefusedAtItsOptions() {
		assertRefused(() -> DefinitionCheck.check(definition(page(question("rang", QuestionType.RANKING, "nur eins")))),
				"pages[0].questions[0].options", "survey.question.options");
	}

	@Test
	void aSmallestNumberAboveTheLargestIsRefusedAtTheMinimum() {
		assertRefused(() -> DefinitionCheck.check(definition(page(bounded(question("umsatz", QuestionType.NUMBER), 10, 5)))),
				"pages[0].questions[0].min", "survey.question.min-above-max");
	}

	@Test
	void moreRequiredPicksThanOptionsAreRefused() {
		assertRefused(() -> DefinitionCheck.check(definition(page(bounded(question("themen", QuestionType.MULTIPLE_CHOICE,
				"a", "b"), 3, null)))), "pages[0].questions[0].min", "survey.question.picks");
	}

	@Test
	void aConditionOnALaterQuestionIsRefused() {
		assertRefused(() -> DefinitionCheck.check(definition(page(when(question("name", QuestionType.SHORT_TEXT), "groesse", IS, "0")),
				page(SIZE))), "pages[0].questions[0].condition.question", "survey.condition.later");
	}

	@Test
	void aConditionOnTheQuestionItselfIsRefusedSoNoCycleCanBeBuilt() {
		assertRefused(() -> DefinitionCheck.check(definition(page(when(SIZE, "groesse", IS, "0")))),
				"pages[0].questions[0].condition.question", "survey.condition.later");
	}

	@Test
	void aPageShownOnlyForAnAnswerOnThatSamePageIsRefused() {
		assertRefused(() -> DefinitionCheck.check(definition(page(question("name", QuestionType.SHORT_TEXT)),
				pageWhen("groesse", IS, "0", SIZE))), "pages[1].condition.question", "survey.condition.later");
	}

	@Test
	void anOperatorTheQuestionCannotAnswerIsRefused() {
		assertRefused(() -> DefinitionCheck.check(definition(page(SIZE, when(question("name", QuestionType.SHORT_TEXT), "groesse",
				AT_LEAST, "1")))), "pages[0].questions[1].condition.value", "survey.condition.value");
	}

	@Test
	void aConditionOnAnOptionTheQuestionDoesNotHaveIsRefused() {
		assertRefused(() -> DefinitionCheck.check(definition(page(SIZE, when(question("name", QuestionType.SHORT_TEXT), "groesse",
				IS, "3")))), "pages[0].questions[1].condition.value", "survey.condition.value");
	}

	@Test
	void aConditionOnAScaleThatIsNoNumberIsRefused() {
		assertRefused(() -> DefinitionCheck.check(definition(page(question("empfehlung", QuestionType.SCALE),
				when(question("warum", QuestionType.LONG_TEXT), "empfehlung", AT_LEAST, "viel")))),
				"pages[0].questions[1].condition.value", "survey.condition.value");
	}

	@Test
	void theSameKeyTwiceIsRefusedAtTheSecond() {
		assertRefused(() -> DefinitionCheck.check(definition(page(SIZE), page(question("groesse", QuestionType.SHORT_TEXT)))),
				"pages[1].questions[0].key", "survey.question.key.taken");
	}

	@Test
	void aKeyWithSpacesOrCapitalsIsRefused() {
		assertRefused(() -> DefinitionCheck.check(definition(page(question("Frage 1", QuestionType.SHORT_TEXT)))),
				"pages[0].questions[0].key", "survey.question.key");
	}

	@Test
	void aQuestionWithoutAKeyIsRefusedAtItsKey() {
		assertRefused(() -> DefinitionCheck.check(definition(page(new Question(null, QuestionType.SHORT_TEXT, Text.german("Name"),
				null, false, null, false, null, null, null, null, null)))), "pages[0].questions[0].key", "survey.question.key");
	}

	@Test
	void aMatrixWithoutRowsIsRefusedAtItsRows() {
		assertRefused(() -> DefinitionCheck.check(definition(page(matrix("zufriedenheit", 0, "schlecht", "gut")))),
				"pages[0].questions[0].rows", "survey.question.rows");
	}

	@Test
	void aFileQuestionWithoutKindsIsRefusedAtItsKinds() {
		assertRefused(() -> DefinitionCheck.check(definition(page(Questions.file("unterlagen", null)))),
				"pages[0].questions[0].kinds", "survey.question.kinds");
	}

	@Test
	void aFileLimitOfElevenMegabytesIsRefusedAtItsMaximum() {
		assertRefused(() -> DefinitionCheck.check(definition(page(Questions.file("unterlagen", 11, FileKind.PDF)))),
				"pages[0].questions[0].max", "survey.question.file-size");
		assertRefused(() -> DefinitionCheck.check(definition(page(Questions.file("unterlagen", 0, FileKind.PDF)))),
				"pages[0].questions[0].max", "survey.question.file-size");
	}

	@Test
	void kindsOfFileOnATextQuestionAreRefused() {
		Question text = question("name", QuestionType.SHORT_TEXT);
		Question withKinds = new Question(text.key(), text.type(), text.text(), null, false, null, false, null, null, null, null, null,
				List.of(FileKind.PDF));

		assertRefused(() -> DefinitionCheck.check(definition(page(withKinds))), "pages[0].questions[0].kinds",
				"survey.question.kinds.none");
	}

	@Test
	void aSurveyWithoutPagesIsRefused() {
		assertRefused(() -> DefinitionCheck.check(new SurveyDefinition(List.of())), "pages", "survey.pages.empty");
	}

	@Test
	void anAnsweredSurveyMayNotLoseAnOption() {
		SurveyDefinition fewer = definition(page(question("groesse", QuestionType.SINGLE_CHOICE, "klein", "mittel")));

		assertRefused(() -> DefinitionCheck.checkChange(definition(page(SIZE)), fewer), "pages[0].questions[0].options",
				"survey.answered.options-removed");
	}

	@Test
	void anAnsweredSurveyMayNotLoseAQuestion() {
		assertRefused(() -> DefinitionCheck.checkChange(definition(page(SIZE, question("name", QuestionType.SHORT_TEXT))),
				definition(page(SIZE))), "pages", "survey.answered.question-removed");
	}

	@Test
	void anAnsweredQuestionMayNotChangeItsType() {
		assertRefused(() -> DefinitionCheck.checkChange(definition(page(SIZE)),
				definition(page(question("groesse", QuestionType.MULTIPLE_CHOICE, "klein", "mittel", "groß")))),
				"pages[0].questions[0].type", "survey.answered.type");
	}

	@Test
	void anAnsweredSurveyMayGainAnOptionAQuestionAndAPage() {
		SurveyDefinition more = definition(page(question("groesse", QuestionType.SINGLE_CHOICE, "klein", "mittel", "groß", "sehr groß")),
				page(question("name", QuestionType.SHORT_TEXT)));

		assertThatCode(() -> DefinitionCheck.checkChange(definition(page(SIZE)), more)).doesNotThrowAnyException();
	}

	static void assertRefused(ThrowingCallable call, String field, String messageKey) {
		InvalidInputException refused = catchThrowableOfType(InvalidInputException.class, call);
		assertThat(refused).as("refused").isNotNull();
		assertThat(refused.field()).isEqualTo(field);
		assertThat(refused.messageKey()).isEqualTo(messageKey);
	}
}
