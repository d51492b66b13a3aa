package org.regiolab.surveys;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;
import org.regiolab.surveys.PageOutcome.Status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.regiolab.surveys.Condition.Operator.IS;
import static org.regiolab.surveys.Questions.definition;
import static org.regiolab.surveys.Questions.page;
import static org.regiolab.surveys.Questions.pageWhen;
import static org.regiolab.surveys.Questions.question;
import static org.regiolab.surveys.Questions.required;
import static org.regiolab.surveys.SurveyWorld.answers;

/**
 * A company answers through its link page by page and may come back later; errors store nothing,
 * one link gives one response, a closed survey keeps what was answered, and an anonymous response
 * cannot be traced to its invitation.
 */
@IntegrationTest
class AnsweringIntegrationTest {

	/** Page 1 only for large companies; page 2 for everyone. */
	static final SurveyDefinition THREE_PAGES = definition(
			page(required(question("groesse", QuestionType.SINGLE_CHOICE, "klein", "mittel", "groß")),
					question("empfehlung", QuestionType.SCALE)),
			pageWhen("groesse", IS, "2", question("standorte", QuestionType.NUMBER)),
			page(question("wuensche", QuestionType.LONG_TEXT)));

	@Autowired
	Surveys surveys;

	@Autowired
	ApplicationContext application;

	SurveyWorld world;

	UUID company;

	@BeforeEach
	void world() {
		world = new SurveyWorld(application);
		company = world.company("Metallbau Rabe", "25");
		world.person("Anna", "Adler", company, true);
	}

	@Test
	void aSavedPageIsThereWhenThePersonComesBackAndTheNextPageIsShown() {
		UUID survey = world.survey(THREE_PAGES, false);
		String link = invite(survey);

		PageOutcome saved = world.answering.savePage(link, 0, answers("groesse", Answer.choice(2), "empfehlung", Answer.number(9)), false);

		assertThat(saved.status()).isEqualTo(Status.NEXT);
		assertThat(saved.page()).isEqualTo(1);
		Visit later = world.answering.visit(link).orElseThrow();
		assertThat(later.page()).isEqualTo(1);
		assertThat(later.answered()).isFalse();
		assertThat(later.answers()).containsOnly(entry("groesse", Answer.choice(2)), entry("empfehlung", Answer.number(9)));
	}

	@Test
	void aPageWhoseConditionDoesNotHoldIsSkipped() {
		UUID survey = world.survey(THREE_PAGES, false);
		String link = invite(survey);

		PageOutcome saved = world.answering.savePage(link, 0, answers("groesse", Answer.choice(0)), false);

		assertThat(saved.status()).isEqualTo(Status.NEXT);
		assertThat(saved.page()).isEqualTo(2);
	}

	@Test
	void aPageWithAnErrorIsShownAgainWithTheErrorAndNothingIsStored() {
		UUID survey = world.survey(THREE_PAGES, false);
		String link = invite(survey);

		PageOutcome refused = world.answering.savePage(link, 0, answers("empfehlung", Answer.number(11)), false);

		assertThat(refused.status()).isEqualTo(Status.INVALID);
		assertThat(refused.page()).isZero();
		assertThat(refused.errors()).containsOnly(entry("groesse", "survey.answer.required"), entry("empfehlung", "survey.answer.scale"));
		assertThat(world.answering.visit(link).orElseThrow().answers()).isEmpty();
		assertThat(world.count("select count(*) from survey_draft where survey = ?", survey)).isZero();
	}

	@Test
	void theLastPageSubmitsTheResponseWithTheAnswersOfEveryPageShown() {
		UUID survey = world.survey(THREE_PAGES, false);
		String link = invite(survey);
		world.answering.savePage(link, 0, answers("groesse", Answer.choice(2)), false);
		world.answering.savePage(link, 1, answers("standorte", Answer.number(3)), false);

		PageOutcome last = world.answering.savePage(link, 2, answers("wuensche", Answer.text("Mehr Parkplätze")), false);

		assertThat(last.status()).isEqualTo(Status.SUBMITTED);
		assertThat(world.responses(survey)).isEqualTo(1);
		assertThat(world.jdbc.sql("select question from survey_answer where survey = ? order by question").param(survey)
			.query(String.class).list()).containsExactly("groesse", "standorte", "wuensche");
		assertThat(world.answering.visit(link).orElseThrow().answered()).isTrue();
		assertThat(world.count("select count(*) from survey_draft where survey = ?", survey)).isZero();
	}

	@Test
	void theLastPageDoesNotSubmitWhileARequiredQuestionOfAnEarlierPageIsUnanswered() {
		UUID survey = world.survey(THREE_PAGES, false);
		String link = invite(survey);

		PageOutcome skipped = world.answering.savePage(link, 2, answers("wuensche", Answer.text("Gleich zum Ende")), false);

		assertThat(skipped.status()).isEqualTo(Status.INVALID);
		assertThat(skipped.page()).isZero();
		assertThat(skipped.errors()).containsOnly(entry("groesse", "survey.answer.required"));
		assertThat(world.responses(survey)).isZero();
	}

	@Test
	void goingBackSavesWithoutCheckingAndShowsTheEarlierPage() {
		UUID survey = world.survey(THREE_PAGES, false);
		String link = invite(survey);
		world.answering.savePage(link, 0, answers("groesse", Answer.choice(0)), false);

		PageOutcome back = world.answering.savePage(link, 2, answers("wuensche", Answer.text("x".repeat(10_001))), true);

		assertThat(back.status()).isEqualTo(Status.NEXT);
		assertThat(back.page()).isZero();
		assertThat(world.answering.visit(link).orElseThrow().page()).isZero();
	}

	@Test
	void aSecondSubmissionThroughTheSameLinkIsAlreadyAnsweredAndStoresOneResponse() {
		UUID survey = world.survey(definition(page(question("groesse", QuestionType.SINGLE_CHOICE, "klein", "groß"))), false);
		String link = invite(survey);
		assertThat(world.answering.savePage(link, 0, answers("groesse", Answer.choice(0)), false).status()).isEqualTo(Status.SUBMITTED);

		PageOutcome again = world.answering.savePage(link, 0, answers("groesse", Answer.choice(1)), false);

		assertThat(again.status()).isEqualTo(Status.ALREADY_ANSWERED);
		assertThat(world.responses(survey)).isEqualTo(1);
		assertThat(world.count("select count(*) from survey_answer where survey = ? and choice = 0", survey)).isEqualTo(1);
	}

	@Test
	void aWholeResponseSentTwiceIsStoredOnce() {
		UUID survey = world.survey(THREE_PAGES, false);
		String link = invite(survey);

		assertThat(world.answering.respond(link, answers("groesse", Answer.choice(1)))).isTrue();
		assertThat(world.answering.respond(link, answers("groesse", Answer.choice(1)))).isFalse();

		assertThat(world.responses(survey)).isEqualTo(1);
	}

	@Test
	void aWholeResponseWithAWrongAnswerNamesItsQuestionAndStoresNothing() {
		UUID survey = world.survey(THREE_PAGES, false);
		String link = invite(survey);

		DefinitionCheckTest.assertRefused(() -> world.answering.respond(link, answers("groesse", Answer.choice(1), "empfehlung",
				Answer.number(2.5))), "answers.empfehlung", "survey.answer.scale");
		assertThat(world.responses(survey)).isZero();
		assertThat(world.answering.visit(link).orElseThrow().answered()).isFalse();
	}

	@Test
	void aClosedSurveySaysSoAndKeepsTheAnswersInProgress() {
		UUID survey = world.survey(THREE_PAGES, false);
		String link = invite(survey);
		world.answering.savePage(link, 0, answers("groesse", Answer.choice(0)), false);
		surveys.update(survey, world.data(THREE_PAGES, false, false, world.today().minusDays(1), null));

		PageOutcome closed = world.answering.savePage(link, 2, answers("wuensche", Answer.text("Zu spät")), false);

		assertThat(closed.status()).isEqualTo(Status.CLOSED);
		assertThat(world.answering.visit(link).orElseThrow().answers()).containsOnly(entry("groesse", Answer.choice(0)));
		assertThatThrownBy(() -> world.answering.respond(link, answers("groesse", Answer.choice(0))))
			.isInstanceOf(SurveyClosedException.class);
		assertThat(world.responses(survey)).isZero();
	}

	@Test
	void anAnonymousResponseKeepsNothingThatLeadsToItsInvitation() {
		UUID survey = world.survey(THREE_PAGES, true);
		String link = invite(survey);
		world.answering.savePage(link, 0, answers("groesse", Answer.choice(1)), false);
		world.answering.savePage(link, 2, answers("wuensche", Answer.text("Anonym bleiben")), false);

		UUID response = world.jdbc.sql("select id from survey_response where survey = ?").param(survey).query(UUID.class).single();
		assertThat(world.jdbc.sql("""
				select count(*) from survey_response
				where id = ? and invitation is null and organisation is null and submitted_at is null""").param(response)
			.query(Long.class).single()).isEqualTo(1);
		for (String table : new String[] { "survey_draft", "survey_link", "survey_invitation" }) {
			// the whole row as text: no column of any of these tables names the response
			assertThat(world.count("select count(*) from " + table + " t where strpos(cast(t as text), ?) > 0", response.toString()))
				.as(table).isZero();
		}
		assertThat(world.count("select count(*) from survey_draft where survey = ?", survey)).isZero();
		assertThat(world.count("select count(*) from survey_invitation where survey = ? and answered", survey)).isEqualTo(1);
	}

	@Test
	void aDeviceThatOpenedThePublicLinkAnswersOnce() {
		UUID survey = surveys.create(world.data(THREE_PAGES, false, true, null, null));
		String device = world.answering.startOpen(surveys.load(survey).openLink());

		assertThat(device).startsWith("d_");
		assertThat(world.answering.visit(device).orElseThrow().invitation()).isNull();
		assertThat(world.answering.respond(device, answers("groesse", Answer.choice(0)))).isTrue();
		assertThat(world.answering.respond(device, answers("groesse", Answer.choice(0)))).isFalse();
		assertThat(world.answering.savePage(device, 0, answers("groesse", Answer.choice(0)), false).status())
			.isEqualTo(Status.ALREADY_ANSWERED);
		assertThat(world.responses(survey)).isEqualTo(1);
	}

	@Test
	void anUnknownLinkFindsNoSurvey() {
		assertThat(world.answering.visit("u_unbekannt")).isEmpty();
	}

	private String invite(UUID survey) {
		return world.invite(survey, "Anna");
	}
}
