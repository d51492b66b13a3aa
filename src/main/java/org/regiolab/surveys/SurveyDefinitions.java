package org.regiolab.surveys;

import java.util.UUID;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.regiolab.platform.NotFoundException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The questions of the surveys answered lately, parsed once per survey and version instead of once
 * per response. Every change of a survey counts its version up, which makes a new key; the least
 * recently used are dropped first.
 */
@Component
class SurveyDefinitions {

	private static final int KEPT = 64;

	private record Key(UUID survey, long version) {
	}

	private final Cache<Key, SurveyDefinition> kept = Caffeine.newBuilder().maximumSize(KEPT).build();
	private final JdbcClient jdbc;
	private final JsonMapper json;

	SurveyDefinitions(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * The survey's questions in the version its head names. Read by id alone: should a change have
	 * committed since the head was read, these are the newer questions, as a moment later they would be.
	 * @throws NotFoundException if the survey has been deleted meanwhile
	 */
	SurveyDefinition of(SurveyHead survey) {
		return kept.get(new Key(survey.id(), survey.version()), key -> jdbc.sql("select definition from survey where id = ?")
			.param(key.survey())
			.query(String.class)
			.optional()
			.map(definition -> json.readValue(definition, SurveyDefinition.class))
			.orElseThrow(() -> NotFoundException.of("survey", key.survey())));
	}
}
