package org.regiolab.surveys;

import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL condition on responses of a result filter, for the free texts it lists. The fragment is a
 * constant; values are parameters.
 */
record ResultScope(String responses, MapSqlParameterSource parameters) {

	private static final String FILTERS = """
			r.survey = :survey
			  and (cast(:kind as text) is null or r.kind = :kind)
			  and (cast(:sector as text) is null or r.sector = :sector)
			  and (cast(:region as text) is null or r.region = :region)
			  and (cast(:crossQuestion as text) is null or r.id in (
			       select f.response from survey_answer f
			       where f.survey = :survey and f.question = :crossQuestion and f.item = -1 and f.choice = :crossOption))""";

	static ResultScope of(UUID survey, ResultFilter filter) {
		MapSqlParameterSource parameters = new MapSqlParameterSource("survey", survey)
			.addValue("kind", filter.kind())
			.addValue("sector", filter.sector())
			.addValue("region", filter.region())
			.addValue("crossQuestion", filter.question())
			.addValue("crossOption", filter.option());
		return new ResultScope(FILTERS, parameters);
	}
}
