package org.regiolab.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.Texts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes feedback from kiosks and visitors' phones. A device names each feedback with an id of its
 * own, so a sync that is retried after a lost answer finds the stored feedback instead of storing
 * it twice. What this accepts is committed before the caller hears of it.
 */
@Service
@Transactional
public class FeedbackIntake {

	/** How far a device's clock may run ahead of ours. */
	private static final Duration CLOCK_SKEW = Duration.ofDays(1);

	/** What came of a submission: stored now, or found stored from an earlier one. */
	public record Intake(Feedback feedback, boolean created) {
	}

	private final JdbcClient jdbc;
	private final Stations stations;
	private final FeedbackRecords records;
	private final JsonMapper json;
	private final Clock clock;

	FeedbackIntake(JdbcClient jdbc, Stations stations, FeedbackRecords records, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.stations = stations;
		this.records = records;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Stores the feedback unless a feedback with its id is stored already, and answers the stored one.
	 * @throws java.util.NoSuchElementException if there is no such station
	 * @throws InvalidInputException if an answer does not fit the station's questions, the capture lies in the
	 *     future, or the id is taken by a feedback of another station
	 */
	public Intake submit(UUID station, FeedbackData data) {
		Station target = stations.load(station);
		check(target, data);
		int stored = jdbc.sql("""
				insert into feedback (id, station, rating, works, improvements, ideas, answers, captured_at)
				values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?)
				on conflict (id) do nothing""")
			.params(data.id(), station, data.rating(), Texts.blankToNull(data.works()),
					Texts.blankToNull(data.improvements()), Texts.blankToNull(data.ideas()),
					json.writeValueAsString(data.answers()), data.capturedAt())
			.update();
		Feedback feedback = records.load(data.id());
		if (!feedback.station().equals(station)) {
			throw new InvalidInputException("id", "feedback.id.otherStation", "The id belongs to another station's feedback");
		}
		return new Intake(feedback, stored == 1);
	}

	private void check(Station station, FeedbackData data) {
		if (data.capturedAt().isAfter(OffsetDateTime.now(clock).plus(CLOCK_SKEW))) {
			throw new InvalidInputException("capturedAt", "feedback.capturedAt.future", "Captured in the future");
		}
		Map<String, StationQuestion> questions = station.questionsByKey();
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
}
