package org.regiolab.surveys;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.network.NetworkDirectory;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.surveys.DefinitionCheckTest.assertRefused;
import static org.regiolab.surveys.Questions.definition;
import static org.regiolab.surveys.Questions.page;
import static org.regiolab.surveys.Questions.question;
import static org.regiolab.surveys.Questions.when;
import static org.regiolab.surveys.SurveyWorld.answers;

/** Surveys as an office builds them: owned by an alliance or a lab, checked before anything is stored, copied, and kept meaningful once answered. */
@IntegrationTest
class SurveysIntegrationTest {

	static final SurveyDefinition SIZES = definition(page(question("groesse", QuestionType.SINGLE_CHOICE, "klein", "mittel", "groß")));

	@Autowired
	Surveys surveys;

	@Autowired
	NetworkDirectory network;

	@Autowired
	ApplicationContext application;

	SurveyWorld world;

	UUID bottrop;

	@BeforeEach
	void world() {
		world = new SurveyWorld(application);
		bottrop = network.allianceNamed("Wirtschaftsallianz Bottrop").orElseThrow();
	}

	@Test
	void aSurveyWithOnlyATitleAndAnAllianceIsStoredWithOneEmptyPage() {
		UUID id = surveys.create(new SurveyData(bottrop, null, Text.german("Kurzumfrage " + world.tag), null, null, false, false,
				null, null, null, null, null));

		Survey survey = surveys.load(id);
		assertThat(survey.ownerName()).isEqualTo("Wirtschaftsallianz Bottrop");
		assertThat(survey.data().title()).isEqualTo(new Text("Kurzumfrage " + world.tag, null));
		assertThat(survey.data().definition().pages()).singleElement().satisfies(page -> {
			assertThat(page.questions()).isEmpty();
			assertThat(page.title()).isNull();
			assertThat(page.condition()).isNull();
		});
		assertThat(survey.data().intro()).isNull();
		assertThat(survey.data().closing()).isNull();
		assertThat(survey.data().opensOn()).isNull();
		assertThat(survey.data().closesOn()).isNull();
		assertThat(survey.data().reminderDays()).isNull();
		assertThat(survey.data().event()).isNull();
		assertThat(survey.openLink()).isNull();
		assertThat(survey.isOpenOn(world.today())).isTrue();
	}

	@Test
	void everyOptionalFieldGivenIsKeptAsGiven() {
		SurveyData data = new SurveyData(null, lab(), new Text("Laborumfrage " + world.tag, "Lab survey"),
				new Text("Willkommen", "Welcome"), new Text("Danke", "Thanks"), true, true, world.today(),
				world.today().plusDays(30), 7, null, SIZES);

		Survey survey = surveys.load(surveys.create(data));

		assertThat(survey.data()).isEqualTo(data);
		assertThat(survey.ownerName()).isNotBlank();
		assertThat(survey.openLink()).startsWith("s_");
	}

	@Test
	void aSurveyOfBothAnAllianceAndALabIsRefusedAndNothingStored() {
		long before = surveysStored();

		assertRefused(() -> surveys.create(new SurveyData(bottrop, lab(), Text.german("Doppelt " + world.tag), null, null, false,
				false, null, null, null, null, null)), "allianceId", "survey.owner");
		assertThat(surveysStored()).isEqualTo(before);
	}

	@Test
	void aSurveyOfNeitherAnAllianceNorALabIsRefusedAndNothingStored() {
		long before = surveysStored();

		assertRefused(() -> surveys.create(new SurveyData(null, null, Text.german("Niemandes " + world.tag), null, null, false,
				false, null, null, null, null, null)), "allianceId", "survey.owner");
		assertThat(surveysStored()).isEqualTo(before);
	}

	@Test
	void aSurveyOfAnUnknownAllianceIsRefusedAndNothingStored() {
		long before = surveysStored();

		assertRefused(() -> surveys.create(new SurveyData(UUID.randomUUID(), null, Text.german("Unbekannt " + world.tag), null,
				null, false, false, null, null, null, null, null)), "allianceId", "survey.owner.unknown");
		assertThat(surveysStored()).isEqualTo(before);
	}

	@Test
	void aBrokenConditionIsRefusedAtItsFieldAndNothingStored() {
		long before = surveysStored();
		SurveyDefinition broken = definition(page(when(question("name", QuestionType.SHORT_TEXT), "groesse", Condition.Operator.IS, "0")));

		assertRefused(() -> world.survey(broken, false), "pages[0].questions[0].condition.question", "survey.condition.later");
		assertThat(surveysStored()).isEqualTo(before);
	}

	@Test
	void aTitleLongerThanThreeHundredCharactersIsRefusedAtTheTitle() {
		assertRefused(() -> surveys.create(new SurveyData(bottrop, null, Text.german("x".repeat(301)), null, null, false, false,
				null, null, null, null, null)), "title", "survey.text.too-long");
	}

	@Test
	void aCopyHasANewIdTheSameQuestionsAndNoAnswersInvitationsOrDates() {
		UUID original = surveys.create(world.data(SIZES, false, true, world.today().plusDays(10), 3));
		assertThat(world.answering.respond(world.answering.startOpen(surveys.load(original).openLink()),
				answers("groesse", Answer.choice(1)))).isTrue();

		UUID copy = surveys.copy(original);

		Survey copied = surveys.load(copy);
		assertThat(copy).isNotEqualTo(original);
		assertThat(copied.data().title().de()).isEqualTo("Kopie von Unternehmensbefragung " + world.tag);
		assertThat(copied.data().definition()).isEqualTo(SIZES);
		assertThat(copied.responses()).isZero();
		assertThat(copied.invitations()).isZero();
		assertThat(copied.data().closesOn()).isNull();
		assertThat(copied.openLink()).isNotEqualTo(surveys.load(original).openLink());
		assertThat(surveys.load(original).responses()).isEqualTo(1);
	}

	@Test
	void aSurveyWithTheLongestTitleCanStillBeCopied() {
		UUID original = surveys.create(new SurveyData(bottrop, null, Text.german(world.tag + "x".repeat(292)), null, null, false,
				false, null, null, null, null, null));

		Survey copied = surveys.load(surveys.copy(original));

		assertThat(copied.data().title().de()).startsWith("Kopie von " + world.tag).hasSizeLessThanOrEqualTo(300);
	}

	@Test
	void theLibraryFindsAQuestionAskedBeforeByPartOfItsTextInAnyCase() {
		Question asked = new Question("breitband", QuestionType.YES_NO, Text.german("Haben Sie Glasfaser am Standort " + world.tag + "?"),
				null, false, null, false, null, null, null, null, null);
		UUID survey = world.survey(definition(page(asked)), false);

		assertThat(surveys.library("GLASFASER AM STANDORT " + world.tag.toUpperCase(), 10)).singleElement().satisfies(found -> {
			assertThat(found.survey()).isEqualTo(survey);
			assertThat(found.question()).isEqualTo(asked);
		});
		assertThat(surveys.library("Glasfaser im Keller " + world.tag, 10)).isEmpty();
	}

	@Test
	void anAnsweredSurveyRefusesToLoseAnOptionAndKeepsItsQuestions() {
		UUID id = surveys.create(world.data(SIZES, false, true, null, null));
		world.answering.respond(world.answering.startOpen(surveys.load(id).openLink()), answers("groesse", Answer.choice(2)));
		SurveyDefinition fewer = definition(page(question("groesse", QuestionType.SINGLE_CHOICE, "klein", "mittel")));

		assertRefused(() -> surveys.changeQuestions(id, fewer), "pages[0].questions[0].options", "survey.answered.options-removed");
		assertThat(surveys.load(id).data().definition()).isEqualTo(SIZES);
	}

	@Test
	void anAnsweredSurveyTakesANewOption() {
		UUID id = surveys.create(world.data(SIZES, false, true, null, null));
		world.answering.respond(world.answering.startOpen(surveys.load(id).openLink()), answers("groesse", Answer.choice(2)));
		SurveyDefinition more = definition(page(question("groesse", QuestionType.SINGLE_CHOICE, "klein", "mittel", "groß", "sehr groß")));

		surveys.changeQuestions(id, more);

		assertThat(surveys.load(id).data().definition()).isEqualTo(more);
	}

	private long surveysStored() {
		return world.count("select count(*) from survey");
	}

	private UUID lab() {
		return world.jdbc.sql("select id from lab order by name limit 1").query(UUID.class).single();
	}
}
