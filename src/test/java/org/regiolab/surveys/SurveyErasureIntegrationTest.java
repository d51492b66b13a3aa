package org.regiolab.surveys;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.accounts.AuditLog;
import org.regiolab.network.PersonRegistry;
import org.regiolab.support.IntegrationTest;
import org.regiolab.surveys.SurveysOfPerson.InvitationRecord;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.regiolab.surveys.InvitationsIntegrationTest.ONE_QUESTION;
import static org.regiolab.surveys.Questions.definition;
import static org.regiolab.surveys.Questions.page;
import static org.regiolab.surveys.Questions.question;
import static org.regiolab.surveys.SurveyWorld.answers;

/** An invitation carries a person's address and name, a named response their answers: both are theirs to see and to take along. */
@IntegrationTest
class SurveyErasureIntegrationTest {

	@Autowired
	ApplicationContext application;

	@Autowired
	PersonRegistry people;

	@Autowired
	AuditLog audit;

	@Test
	void thePersonsExportListsTheirInvitationsWithTheAnswersOfANamedSurvey() {
		SurveyWorld world = new SurveyWorld(application);
		UUID person = world.person("Anna", "Adler", world.company("Schlosserei Adler", "25"), true);
		UUID survey = world.survey(ONE_QUESTION, false);
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));
		world.answering.respond(world.link(survey, "invitation", world.email("Anna")), answers("zufrieden", Answer.yes(true)));

		Map<String, Object> export = people.export(person);

		assertThat((List<?>) export.get("surveys")).singleElement().satisfies(entry -> {
			InvitationRecord invitation = (InvitationRecord) entry;
			assertThat(invitation.survey()).isEqualTo(survey);
			assertThat(invitation.email()).isEqualTo(world.email("Anna"));
			assertThat(invitation.answered()).isTrue();
			assertThat(invitation.answers()).extracting(SurveysOfPerson.AnswerRecord::question, SurveysOfPerson.AnswerRecord::choice)
				.containsExactly(org.assertj.core.api.Assertions.tuple("zufrieden", 1));
		});
	}

	@Test
	void erasingAPersonForgetsTheirAddressEndsTheirLinkAndKeepsTheirResponseCountedButNobodys() {
		SurveyWorld world = new SurveyWorld(application);
		UUID company = world.company("Bäckerei Bär", "10");
		UUID anna = world.person("Anna", "Adler", company, true);
		UUID clara = world.person("Clara", "Christ", company, true);
		UUID survey = world.survey(definition(page(question("zufrieden", QuestionType.YES_NO)),
				page(question("weiter", QuestionType.YES_NO))), false);
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));
		String annasLink = world.link(survey, "invitation", world.email("Anna"));
		world.answering.respond(annasLink, answers("zufrieden", Answer.yes(true), "weiter", Answer.yes(true)));
		String clarasLink = world.link(survey, "invitation", world.email("Clara"));
		world.answering.savePage(clarasLink, 0, answers("zufrieden", Answer.yes(false)), false);

		people.erase(anna);

		assertThat(world.count("select count(*) from survey_invitation where survey = ? and email = ?", survey, world.email("Anna")))
			.isZero();
		assertThat(world.count("select count(*) from survey_invitation where survey = ? and name like 'Anna%'", survey)).isZero();
		assertThat(world.answering.visit(annasLink)).isEmpty();
		assertThat(world.count("select count(*) from survey_response where survey = ? and invitation is not null", survey)).isZero();
		assertThat(world.responses(survey)).isEqualTo(1);
		assertThat(world.answering.visit(clarasLink)).isPresent();
		assertThat(world.count("select count(*) from survey_draft where survey = ?", survey)).isEqualTo(1);

		UUID clarasInvitation = world.jdbc.sql("select id from survey_invitation where survey = ? and email = ?")
			.params(survey, world.email("Clara")).query(UUID.class).single();
		// a file she uploaded to her draft, as FileAnswers keeps it
		world.jdbc.sql("""
				insert into survey_file (id, survey, draft, question, name, media_type, size, sha256, content)
				values (?, ?, ?, 'weiter', 'lebenslauf.pdf', 'application/pdf', 5, repeat('0', 64), cast('%PDF-' as bytea))""")
			.params(UUID.randomUUID(), survey, Answering.draftOf(clarasInvitation))
			.update();

		people.erase(clara);

		assertThat(world.count("select count(*) from survey_draft where survey = ?", survey)).isZero();
		assertThat(world.count("select count(*) from survey_file where survey = ?", survey)).isZero();
		assertThat(world.jdbc.sql("select id from survey_invitation where survey = ? and email like 'erased:%'").param(survey)
			.query(UUID.class).list()).hasSize(2).allSatisfy(invitation -> assertThat(audit.history("survey-invitation:" + invitation))
				.extracting(AuditLog.Entry::action).containsExactly("survey.invitation.erased"));
	}
}
