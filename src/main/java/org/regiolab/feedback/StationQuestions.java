package org.regiolab.feedback;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.regiolab.platform.AfterCommit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The questions of each station by their keys, as the intake checks feedback against them, kept for
 * a few seconds: a rush of feedback at one station then asks the database nothing before the insert.
 * A station changed on this node is forgotten at once; one changed on another node is seen here
 * within those seconds, during which feedback is still checked against the questions it had.
 * Stations that do not exist are kept as well, so that a flood at a made-up station costs no
 * queries; a new station's random id cannot have been asked for before.
 */
@Component
class StationQuestions {

	private static final Duration KEPT = Duration.ofSeconds(10);
	private static final TypeReference<List<StationQuestion>> QUESTIONS = new TypeReference<>() {
	};

	private final Cache<UUID, Optional<Map<String, StationQuestion>>> cache = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(KEPT)
		.build();
	private final JdbcClient jdbc;
	private final JsonMapper json;

	StationQuestions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** The station's questions by key; empty if there is no such station. */
	Optional<Map<String, StationQuestion>> of(UUID station) {
		return cache.get(station, id -> jdbc.sql("select questions from station where id = ?")
			.param(id)
			.query(String.class)
			.optional()
			.map(questions -> parse(json, questions).stream()
				.collect(Collectors.toMap(StationQuestion::key, Function.identity()))));
	}

	/** Forgets the station's questions once the caller's transaction has committed. */
	void forget(UUID station) {
		AfterCommit.run(() -> cache.invalidate(station));
	}

	/** The questions as the column {@code station.questions} holds them. */
	static List<StationQuestion> parse(JsonMapper json, String questions) {
		return json.readValue(questions, QUESTIONS);
	}
}
