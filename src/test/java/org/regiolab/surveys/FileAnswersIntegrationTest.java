package org.regiolab.surveys;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.SampleFiles;
import org.regiolab.surveys.PageOutcome.Status;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.surveys.Questions.definition;
import static org.regiolab.surveys.Questions.page;
import static org.regiolab.surveys.Questions.question;
import static org.regiolab.surveys.SurveyWorld.answers;

/**
 * An invited company's file waits in its draft, moves to its response when it submits, and in an
 * anonymous survey keeps nothing that leads back to the invitation.
 */
@IntegrationTest
class FileAnswersIntegrationTest {

	static final SurveyDefinition TWO_PAGES = definition(page(Questions.file("vorhaben", 5, FileKind.PDF, FileKind.WORD)),
			page(question("wuensche", QuestionType.LONG_TEXT)));

	@Autowired
	ApplicationContext application;

	@Autowired
	Surveys surveys;

	@Autowired
	SurveyFiles files;

	SurveyWorld world;

	@BeforeEach
	void world() {
		world = new SurveyWorld(application);
		UUID company = world.company("Metallbau Rabe", "25");
		world.person("Anna", "Adler", company, true);
	}

	@Test
	void aFileWaitsInTheDraftAndMovesToTheResponseOnSubmission() {
		UUID survey = world.survey(TWO_PAGES, false);
		String link = world.invite(survey, "Anna");

		PageOutcome first = world.answering.savePage(link, 0, Map.of(), Map.of("vorhaben", new Upload("Vorhaben.docx", SampleFiles.docx())),
				false);
		assertThat(first.status()).isEqualTo(Status.NEXT);
		assertThat(world.answering.visit(link).orElseThrow().answers().get("vorhaben").file().name()).isEqualTo("Vorhaben.docx");

		world.answering.savePage(link, 1, answers("wuensche", Answer.text("Mehr Breitband")), false);

		assertThat(world.count("select count(*) from survey_file where survey = ? and draft is null and response is not null", survey))
			.isEqualTo(1);
		assertThat(world.count("select count(*) from survey_answer where survey = ? and question = 'vorhaben' and text = 'Vorhaben.docx'",
				survey)).isEqualTo(1);
	}

	@Test
	void anAnonymousResponsesFileKeepsNothingThatLeadsToItsInvitation() {
		UUID survey = world.survey(TWO_PAGES, true);
		String link = world.invite(survey, "Anna");
		UUID invitation = world.jdbc.sql("select id from survey_invitation where survey = ?").param(survey).query(UUID.class).single();
		world.answering.savePage(link, 0, Map.of(), Map.of("vorhaben", new Upload("Plan.pdf", SampleFiles.pdf())), false);
		assertThat(world.count("select count(*) from survey_file f where f.survey = ? and strpos(cast(f as text), ?) > 0", survey,
				invitation.toString())).as("the draft's file knows the invitation while it is a draft").isEqualTo(1);

		world.answering.savePage(link, 1, Map.of(), false);

		// the whole row as text: nothing in it names the invitation or its link
		assertThat(world.count("select count(*) from survey_file f where f.survey = ? and strpos(cast(f as text), ?) > 0", survey,
				invitation.toString())).isZero();
		assertThat(world.count("select count(*) from survey_file where survey = ? and draft is null and response is not null", survey))
			.isEqualTo(1);
	}

	@Test
	void aFileOfAQuestionNoLongerAnsweredIsDeletedOnSubmission() {
		UUID survey = world.survey(TWO_PAGES, false);
		String link = world.invite(survey, "Anna");
		world.answering.savePage(link, 0, Map.of(), Map.of("vorhaben", new Upload("Plan.pdf", SampleFiles.pdf())), false);
		world.answering.savePage(link, 1, Map.of(), true);

		world.answering.savePage(link, 0, Map.of(), false);
		world.answering.savePage(link, 1, Map.of(), false);

		assertThat(world.count("select count(*) from survey_file where survey = ?", survey)).isZero();
		assertThat(world.responses(survey)).isEqualTo(1);
	}

	@Test
	void theResultsListAFileWithItsOrganisationAndTheFilterDecides() {
		UUID survey = world.survey(TWO_PAGES, false);
		submitWithFile(survey);

		assertThat(files.of(surveys.load(survey), ResultFilter.NONE).get("vorhaben"))
			.singleElement()
			.satisfies(file -> assertThat(file.organisationName()).isEqualTo("Metallbau Rabe " + world.tag));
		assertThat(files.of(surveys.load(survey), new ResultFilter(null, "10", null, null, null))).isEmpty();
	}

	@Test
	void anAnonymousSurveyListsItsFilesWithoutOrganisation() {
		UUID survey = world.survey(TWO_PAGES, true);
		submitWithFile(survey);

		assertThat(files.of(surveys.load(survey), ResultFilter.NONE).get("vorhaben"))
			.singleElement()
			.satisfies(file -> assertThat(file.organisationName()).isNull());
	}

	private void submitWithFile(UUID survey) {
		String link = world.invite(survey, "Anna");
		world.answering.savePage(link, 0, Map.of(), Map.of("vorhaben", new Upload("Plan.pdf", SampleFiles.pdf())), false);
		world.answering.savePage(link, 1, Map.of(), false);
	}
}
