package org.regiolab.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.regiolab.feedback.FeedbackBatch.Submission;
import org.regiolab.platform.GroupCommit;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes feedback from kiosks and visitors' phones. A device names each feedback with an id of its
 * own, so a sync that is retried after a lost answer finds the stored feedback instead of storing
 * it twice. What this accepts is committed before the caller hears of it: submissions are checked
 * on the caller's thread against the station's questions (kept for a few seconds) and then stored
 * together with whatever else arrived meanwhile, in one transaction ({@link GroupCommit}), so that
 * a rush of feedback waits for one disk flush per batch rather than one per feedback.
 */
@Service
public class FeedbackIntake implements SmartLifecycle {

	/** How far a device's clock may run ahead of ours. */
	private static final Duration CLOCK_SKEW = Duration.ofDays(1);
	/** The most submissions one transaction stores: a few MB at the longest texts. */
	private static final int BATCH = 200;

	/** What came of a submission: stored now, or found stored from an earlier one. */
	public record Intake(Feedback feedback, boolean created) {
	}

	private final StationQuestions questions;
	private final Clock clock;
	private final GroupCommit<Submission, Intake> commits;

	FeedbackIntake(StationQuestions questions, FeedbackBatch batch, TransactionTemplate transaction, Clock clock) {
		this.questions = questions;
		this.clock = clock;
		this.commits = new GroupCommit<>("feedback-intake", BATCH, transaction, batch::store);
	}

	/** @throws NotFoundException if there is no such station to take feedback */
	public void checkStation(UUID station) {
		questionsOf(station);
	}

	/**
	 * Stores the feedback unless a feedback with its id is stored already, and answers the stored one.
	 * @throws NotFoundException if there is no such station
	 * @throws InvalidInputException if an answer does not fit the station's questions, the capture lies in the
	 *     future, or the id is taken by a feedback of another station
	 */
	public Intake submit(UUID station, FeedbackData data) {
		check(questionsOf(station), data);
		return commits.submit(new Submission(station, data));
	}

	private Map<String, StationQuestion> questionsOf(UUID station) {
		return questions.of(station).orElseThrow(() -> NotFoundException.of("station", station));
	}

	private void check(Map<String, StationQuestion> questions, FeedbackData data) {
		if (data.capturedAt().isAfter(OffsetDateTime.now(clock).plus(CLOCK_SKEW))) {
			throw new InvalidInputException("capturedAt", "feedback.capturedAt.future", "Captured in the future");
		}
		data.answers().forEach((key, answer) -> {
			StationQuestion question = questions.get(key);
			if (question == null) {
				throw new InvalidInputException("answers." + key, "feedback.answer.unknown", "The station asks no " + key);
			}
			if (!question.allows(answer)) {
				throw new InvalidInputException("answers." + key, "feedback.answer.invalid", "Not an answer to " + key);
			}
		});
	}

	@Override
	public void start() {
		commits.start();
	}

	@Override
	public void stop() {
		commits.stop();
	}

	@Override
	public boolean isRunning() {
		return commits.isRunning();
	}

	/**
	 * Started before the web server and stopped after it has finished the requests under way (its graceful
	 * shutdown runs in a higher phase), so that no submission it let in is cut off.
	 */
	@Override
	public int getPhase() {
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}
}
