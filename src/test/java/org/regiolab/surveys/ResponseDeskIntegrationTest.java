package org.regiolab.surveys;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.platform.SecretTokens;
import org.regiolab.support.IntegrationTest;
import org.regiolab.support.LiveHttp;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.regiolab.surveys.Questions.definition;
import static org.regiolab.surveys.Questions.page;
import static org.regiolab.surveys.Questions.question;
import static org.regiolab.surveys.Questions.required;
import static org.regiolab.surveys.SurveyWorld.answers;

/**
 * Responses are stored in batches, many links at once in one transaction: each link still gives one
 * response however often and however simultaneously it is sent, an anonymous survey's responses
 * still keep nothing of their invitations, and a response refused inside a batch fails alone.
 */
@IntegrationTest
class ResponseDeskIntegrationTest {

	static final SurveyDefinition QUESTIONS = definition(page(
			required(question("groesse", QuestionType.SINGLE_CHOICE, "klein", "mittel", "groß")),
			question("wuensche", QuestionType.LONG_TEXT)));

	static final String RESPONSE = """
			{"answers": {"groesse": {"choices": [1]}, "wuensche": {"text": "Mehr Parkplätze"}}}""";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext application;

	@Autowired
	Surveys surveys;

	@Autowired
	DataSource dataSource;

	SurveyWorld world;

	UUID company;

	@BeforeEach
	void world() {
		world = new SurveyWorld(application);
		company = world.company("Metallbau Rabe", "25");
	}

	@Test
	void twoHundredLinksEachSentTwiceOrThriceBy32ClientsAtOnceGiveOneResponseEach() throws Exception {
		for (int i = 0; i < 40; i++) {
			world.person("Person" + i, "Muster", company, true);
		}
		UUID survey = surveys.create(world.data(QUESTIONS, true, true, null, null));
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));
		List<String> links = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			links.add(world.link(survey, "invitation", world.email("Person" + i)));
		}
		String openLink = surveys.load(survey).openLink();
		for (int i = 0; i < 160; i++) {
			links.add(world.answering.startOpen(openLink));
		}
		List<String> sends = new ArrayList<>();
		for (int i = 0; i < links.size(); i++) {
			sends.addAll(Collections.nCopies(i % 10 == 0 ? 3 : 2, links.get(i)));
		}
		Collections.shuffle(sends, new Random(17));

		LiveHttp http = new LiveHttp(port);
		Map<String, List<Integer>> statuses = new ConcurrentHashMap<>();
		ExecutorService clients = Executors.newFixedThreadPool(32);
		List<Future<?>> sent = new ArrayList<>();
		for (String link : sends) {
			sent.add(clients.submit(() -> {
				int status = http.send("POST", "/api/v1/survey-responses/" + link, RESPONSE, "Content-Type", "application/json")
					.statusCode();
				statuses.computeIfAbsent(link, key -> Collections.synchronizedList(new ArrayList<>())).add(status);
			}));
		}
		for (Future<?> each : sent) {
			each.get();
		}
		clients.shutdown();

		assertThat(statuses).hasSize(200);
		statuses.forEach((link, answered) -> {
			assertThat(answered).as(link).containsOnly(200, 201);
			assertThat(Collections.frequency(answered, 201)).as(link).isEqualTo(1);
		});
		assertThat(world.responses(survey)).isEqualTo(200);
		assertThat(world.count("select count(*) from survey_answer where survey = ? and question = 'groesse' and choice = 1", survey))
			.isEqualTo(200);
		assertThat(world.count("select count(*) from survey_invitation where survey = ? and answered", survey)).isEqualTo(40);
		assertThat(world.count("select count(*) from survey_draft where survey = ? and submitted and answers = '{}'", survey))
			.isEqualTo(160);
		assertThat(world.count("select count(*) from survey_draft where survey = ?", survey)).as("no invitation's draft").isEqualTo(160);
		assertThat(world.count("""
				select count(*) from survey_response
				where survey = ? and (invitation is not null or organisation is not null or submitted_at is not null)""", survey))
			.as("anonymous").isZero();
		assertThat(world.count("select count(distinct cast(xmin as text)) from survey_response where survey = ?", survey))
			.as("transactions: responses shared them").isLessThan(200);
	}

	@Test
	void aSurveyClosedWhileItsResponsesWaitRefusesThemAloneAndTheRestOfTheirBatchIsStored() throws Exception {
		world.person("Anna", "Adler", company, true);
		UUID open = surveys.create(world.data(QUESTIONS, false, true, null, null));
		UUID closing = surveys.create(world.data(QUESTIONS, false, true, null, null));
		world.invitations.invite(open, Audience.ofAlliance(world.alliance));
		String invited = world.link(open, "invitation", world.email("Anna"));
		String blocker = world.answering.startOpen(surveys.load(open).openLink());
		String device = world.answering.startOpen(surveys.load(open).openLink());
		String late = world.answering.startOpen(surveys.load(closing).openLink());
		String lateAgain = world.answering.startOpen(surveys.load(closing).openLink());

		FutureTask<Object> first;
		List<FutureTask<Object>> queued = new ArrayList<>();
		List<Thread> waiting = new ArrayList<>();
		try (Connection lock = dataSource.getConnection()) {
			lock.setAutoCommit(false);
			try (PreparedStatement draft = lock.prepareStatement("select 1 from survey_draft where id = ? for update")) {
				draft.setString(1, SecretTokens.hash(blocker));
				draft.executeQuery().close();
			}
			// the desk's worker waits for that draft's row while the other responses queue up behind it
			first = start(() -> respond(blocker), new ArrayList<>());
			awaitWorkerBlocked();
			for (String link : List.of(invited, invited, device, late, lateAgain)) {
				queued.add(start(() -> respond(link), waiting));
			}
			awaitQueued(waiting);
			surveys.update(closing, world.data(QUESTIONS, false, true, world.today().minusDays(1), null));
			lock.rollback();
		}

		assertThat(first.get()).isEqualTo(true);
		assertThat(List.of(queued.get(0).get(), queued.get(1).get())).containsExactlyInAnyOrder(true, false);
		assertThat(queued.get(2).get()).isEqualTo(true);
		assertThat(queued.get(3).get()).isInstanceOf(SurveyClosedException.class);
		assertThat(queued.get(4).get()).isInstanceOf(SurveyClosedException.class);
		assertThat(world.responses(open)).isEqualTo(3);
		assertThat(world.count("select count(distinct cast(xmin as text)) from survey_response where survey = ?", open))
			.as("the blocker's batch and the one after it").isEqualTo(2);
		assertThat(world.responses(closing)).isZero();
		assertThat(world.count("select count(*) from survey_draft where survey = ? and not submitted", closing))
			.as("the refused devices may still answer").isEqualTo(2);
	}

	@Test
	void aQuestionAddedToASurveyIsAnsweredFromTheNextResponseOn() {
		UUID survey = surveys.create(world.data(QUESTIONS, false, true, null, null));
		String openLink = surveys.load(survey).openLink();
		Map<String, Answer> withNew = answers("groesse", Answer.choice(0), "neu", Answer.yes(true));
		assertThat(world.answering.respond(world.answering.startOpen(openLink), answers("groesse", Answer.choice(0)))).isTrue();
		DefinitionCheckTest.assertRefused(() -> world.answering.respond(world.answering.startOpen(openLink), withNew),
				"answers.neu", "survey.answer.unknown-question");

		surveys.changeQuestions(survey, definition(page(QUESTIONS.pages().get(0).questions().get(0),
				QUESTIONS.pages().get(0).questions().get(1), question("neu", QuestionType.YES_NO))));

		assertThat(world.answering.respond(world.answering.startOpen(openLink), withNew)).isTrue();
		assertThat(world.count("select count(*) from survey_answer where survey = ? and question = 'neu'", survey)).isEqualTo(1);
	}

	/** The response's outcome: whether it was stored, or what refused it. */
	private Object respond(String link) {
		try {
			return world.answering.respond(link, answers("groesse", Answer.choice(1)));
		}
		catch (RuntimeException refused) {
			return refused;
		}
	}

	private static FutureTask<Object> start(Callable<Object> call, List<Thread> threads) {
		FutureTask<Object> task = new FutureTask<>(call);
		Thread thread = new Thread(task);
		threads.add(thread);
		thread.start();
		return task;
	}

	private void awaitWorkerBlocked() throws InterruptedException {
		for (int i = 0; i < 300 && world.count("""
				select count(*) from pg_stat_activity
				where wait_event_type = 'Lock' and query like 'update survey_draft set answers%'""") == 0; i++) {
			Thread.sleep(50);
		}
		assertThat(world.count("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like 'update survey_draft%'"))
			.as("the worker waits for the locked draft").isEqualTo(1);
	}

	/** Until every thread waits for its batch, and still does a moment later. */
	private static void awaitQueued(List<Thread> threads) throws InterruptedException {
		for (int settled = 0, i = 0; settled < 5 && i < 600; i++) {
			Thread.sleep(50);
			settled = threads.stream().allMatch(thread -> thread.getState() == Thread.State.TIMED_WAITING) ? settled + 1 : 0;
		}
		assertThat(threads).allMatch(thread -> thread.getState() == Thread.State.TIMED_WAITING, "waiting for its batch");
	}
}
