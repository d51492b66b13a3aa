package org.regiolab.feedback;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.FeedbackIntake.Intake;
import org.regiolab.platform.GroupCommit.Outcome;
import org.regiolab.platform.InvalidInputException;
import org.regiolab.platform.NotFoundException;
import org.regiolab.platform.Texts;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Stores a batch of checked submissions inside the caller's transaction: one statement inserts
 * every new one whose station exists, and only the ids that were there before are read back.
 * Each id is stored once however often the batch, or any earlier one, holds it.
 */
@Component
class FeedbackBatch {

	/** A feedback for a station, checked against the station's questions. */
	record Submission(UUID station, FeedbackData data) {
	}

	private final JdbcClient jdbc;
	private final FeedbackRecords records;
	private final JsonMapper json;

	FeedbackBatch(JdbcClient jdbc, FeedbackRecords records, JsonMapper json) {
		this.jdbc = jdbc;
		this.records = records;
		this.json = json;
	}

	/** @return for each submission, in order, the stored feedback or why it was refused */
	List<Outcome<Intake>> store(List<Submission> batch) {
		// the first submission of an id stores it; later ones in the batch are answered as repeats
		Map<UUID, Submission> first = new LinkedHashMap<>();
		batch.forEach(submission -> first.putIfAbsent(submission.data().id(), submission));
		Map<UUID, Feedback> created = insert(first.values());
		Map<UUID, Feedback> stored = new HashMap<>(created);
		UUID[] before = first.keySet().stream().filter(id -> !created.containsKey(id)).toArray(UUID[]::new);
		if (before.length > 0) {
			jdbc.sql("select " + FeedbackRecords.COLUMNS + " from feedback where id = any(?)")
				.param(before)
				.query(records::row)
				.list()
				.forEach(feedback -> stored.put(feedback.id(), feedback));
		}
		Set<UUID> answered = new HashSet<>();
		return batch.stream().map(submission -> {
			UUID id = submission.data().id();
			return outcome(submission, stored.get(id), created.containsKey(id) && answered.add(id));
		}).toList();
	}

	private static Outcome<Intake> outcome(Submission submission, @Nullable Feedback stored, boolean created) {
		if (stored == null) {
			// neither stored now nor before: the station was deleted after the submission was checked
			return Outcome.refused(NotFoundException.of("station", submission.station()));
		}
		if (!stored.station().equals(submission.station())) {
			return Outcome.refused(new InvalidInputException("id", "feedback.id.otherStation",
					"The id belongs to another station's feedback"));
		}
		return Outcome.answer(new Intake(stored, created));
	}

	/** Inserts the submissions whose id is new and whose station exists; answers what was inserted, by id. */
	private Map<UUID, Feedback> insert(Collection<Submission> submissions) {
		int n = submissions.size();
		UUID[] ids = new UUID[n];
		UUID[] stations = new UUID[n];
		Integer[] ratings = new Integer[n];
		String[] works = new String[n];
		String[] improvements = new String[n];
		String[] ideas = new String[n];
		String[] answers = new String[n];
		String[] capturedAt = new String[n];
		int i = 0;
		for (Submission submission : submissions) {
			FeedbackData data = submission.data();
			ids[i] = data.id();
			stations[i] = submission.station();
			ratings[i] = data.rating();
			works[i] = Texts.blankToNull(data.works());
			improvements[i] = Texts.blankToNull(data.improvements());
			ideas[i] = Texts.blankToNull(data.ideas());
			answers[i] = json.writeValueAsString(data.answers());
			capturedAt[i] = data.capturedAt().toString();
			i++;
		}
		Map<UUID, Feedback> inserted = new HashMap<>();
		jdbc.sql("""
				insert into feedback (id, station, rating, works, improvements, ideas, answers, captured_at)
				select f.id, f.station, f.rating, f.works, f.improvements, f.ideas, f.answers, f.captured_at
				from unnest(cast(? as uuid[]), cast(? as uuid[]), cast(? as smallint[]), cast(? as text[]),
				            cast(? as text[]), cast(? as text[]), cast(? as jsonb[]), cast(? as timestamptz[]))
				     as f(id, station, rating, works, improvements, ideas, answers, captured_at)
				where exists (select 1 from station s where s.id = f.station)
				on conflict (id) do nothing
				returning\s""" + FeedbackRecords.COLUMNS)
			.params(ids, stations, ratings, works, improvements, ideas, answers, capturedAt)
			.query(records::row)
			.list()
			.forEach(feedback -> inserted.put(feedback.id(), feedback));
		return inserted;
	}
}
