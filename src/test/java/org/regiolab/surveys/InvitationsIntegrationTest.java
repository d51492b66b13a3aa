package org.regiolab.surveys;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.events.EventData;
import org.regiolab.events.EventKind;
import org.regiolab.events.EventRegistry;
import org.regiolab.events.Registrations;
import org.regiolab.network.Contacts.Contact;
import org.regiolab.platform.TimeConfiguration;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.TestMailServer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.regiolab.surveys.Questions.definition;
import static org.regiolab.surveys.Questions.page;
import static org.regiolab.surveys.Questions.question;
import static org.regiolab.surveys.SurveyWorld.answers;

/**
 * Invitations go only to those who agreed to surveys, each once with a link of their own; reminders
 * once to those who have not answered; and a post-event survey by itself to those checked in.
 */
@IntegrationTest
class InvitationsIntegrationTest {

	static final SurveyDefinition ONE_QUESTION = definition(page(question("zufrieden", QuestionType.YES_NO)));

	@Autowired
	Surveys surveys;

	@Autowired
	SurveyMailings mailings;

	@Autowired
	EventRegistry events;

	@Autowired
	Registrations registrations;

	@Autowired
	ApplicationContext application;

	SurveyWorld world;

	@BeforeEach
	void world() {
		world = new SurveyWorld(application);
		UUID workshop = world.company("Schlosserei Amsel", "25");
		UUID studio = world.company("Agentur Buche", "62");
		world.person("Anna", "Adler", workshop, true);
		world.person("Bernd", "Bär", workshop, false);
		world.person("Clara", "Christ", studio, true);
	}

	@Test
	void onlyMembersWhoAgreedToSurveysAreInvitedAndTheOthersAreNamedAndNotMailed() {
		UUID survey = world.survey(ONE_QUESTION, false);

		InvitationRound round = world.invitations.invite(survey, Audience.ofAlliance(world.alliance));

		assertThat(round.invited()).extracting(Contact::name).containsExactly("Anna Adler", "Clara Christ");
		assertThat(round.excluded()).extracting(Contact::name).containsExactly("Bernd Bär");
		assertThat(mailsQueued(survey, "invitation", world.email("Anna"))).isEqualTo(1);
		assertThat(mailsQueued(survey, "invitation", world.email("Clara"))).isEqualTo(1);
		assertThat(world.count("select count(*) from mail_outbox where recipient = ?", world.email("Bernd"))).isZero();
		assertThat(world.count("select count(*) from survey_invitation where survey = ?", survey)).isEqualTo(2);
	}

	@Test
	void invitingTheSameAudienceAgainInvitesNobodyTwice() {
		UUID survey = world.survey(ONE_QUESTION, false);
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));

		InvitationRound again = world.invitations.invite(survey, Audience.ofAlliance(world.alliance));

		assertThat(again.invited()).isEmpty();
		assertThat(again.invitedBefore()).extracting(Contact::name).containsExactly("Anna Adler", "Clara Christ");
		assertThat(mailsQueued(survey, "invitation", world.email("Anna"))).isEqualTo(1);
		assertThat(world.count("select count(*) from survey_invitation where survey = ?", survey)).isEqualTo(2);
		assertThat(world.surveys.load(survey).invitations()).isEqualTo(2);
	}

	@Test
	void theInvitationMailCarriesAPersonalLinkThatOpensTheSurvey() throws Exception {
		UUID survey = world.survey(ONE_QUESTION, false);
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));

		List<MimeMessage> received = await().atMost(Duration.ofSeconds(60))
			.until(() -> TestMailServer.receivedBy(world.email("Anna")), mails -> !mails.isEmpty());

		assertThat(received.get(0).getSubject()).isEqualTo("Ihre Meinung ist gefragt: Unternehmensbefragung " + world.tag);
		String link = world.link(survey, "invitation", world.email("Anna"));
		assertThat(received.get(0).getContent().toString()).contains("/umfrage/" + link);
		Visit visit = world.answering.visit(link).orElseThrow();
		assertThat(visit.survey().id()).isEqualTo(survey);
		assertThat(visit.invitation()).isNotNull();
		assertThat(world.answering.visit(world.link(survey, "invitation", world.email("Clara"))).orElseThrow().invitation())
			.isNotEqualTo(visit.invitation());
	}

	@Test
	void onTheReminderDayThoseWhoHaveNotAnsweredAreRemindedOnce() {
		UUID survey = surveys.create(world.data(ONE_QUESTION, false, false, world.today().plusDays(3), 3));
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));
		world.answering.respond(world.link(survey, "invitation", world.email("Anna")), answers("zufrieden", Answer.yes(true)));

		world.invitations.remindDue();
		world.invitations.remindDue();

		assertThat(mailsQueued(survey, "reminder", world.email("Clara"))).isEqualTo(1);
		assertThat(mailsQueued(survey, "reminder", world.email("Anna"))).isZero();
		// the reminder's new link leads to the same invitation
		assertThat(world.answering.visit(world.link(survey, "reminder", world.email("Clara"))).orElseThrow().invitation())
			.isEqualTo(world.answering.visit(world.link(survey, "invitation", world.email("Clara"))).orElseThrow().invitation());
	}

	@Test
	void theDayBeforeTheReminderDayNobodyIsReminded() {
		UUID survey = surveys.create(world.data(ONE_QUESTION, false, false, world.today().plusDays(4), 3));
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));

		world.invitations.remindDue();

		assertThat(world.count("select count(*) from mail_outbox where key like ?", "survey:" + survey + ":reminder:%")).isZero();
	}

	@Test
	void aPostEventSurveyGoesTheDayAfterToThoseCheckedInWhoAgreedOnce() {
		OffsetDateTime start = world.today().minusDays(1).atTime(10, 0).atZone(TimeConfiguration.ZONE).toOffsetDateTime();
		UUID event = events.create(new EventData("Netzwerktreffen " + world.tag, EventKind.NETWORK_MEETING, null, start,
				start.plusHours(3), "Bottrop", null, null, null, true, 20, null, null, null, List.of()));
		walkIn(event, "Anna");
		walkIn(event, "Bernd");
		UUID absent = walkIn(event, "Clara");
		registrations.undoCheckIn(event, absent);
		UUID survey = surveys.create(new SurveyData(world.alliance, null, Text.german("Wie war das Treffen? " + world.tag), null,
				null, true, false, null, null, null, event, ONE_QUESTION));

		mailings.send();
		mailings.send();

		assertThat(world.jdbc.sql("select email from survey_invitation where survey = ?").param(survey).query(String.class).list())
			.containsExactly(world.email("Anna"));
		assertThat(mailsQueued(survey, "invitation", world.email("Anna"))).isEqualTo(1);
		assertThat(world.count("select count(*) from mail_outbox where recipient in (?, ?)", world.email("Bernd"),
				world.email("Clara"))).isZero();
	}

	private UUID walkIn(UUID event, String given) {
		return registrations.walkIn(event, new Registrations.WalkIn(given, "Gast", world.email(given), null, null)).id();
	}

	private long mailsQueued(UUID survey, String kind, String email) {
		return world.count("select count(*) from mail_outbox where key like ? and recipient = ?",
				"survey:" + survey + ":" + kind + ":%", email);
	}
}
