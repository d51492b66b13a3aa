package org.regiolab.surveys;

import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL conditions of a result filter. Unfiltered results read the answers alone, through their
 * index; only a filter looks at the responses. The fragments are constants; values are parameters.
 */
record ResultScope(String responses, String answers, MapSqlParameterSource parameters) {

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
		// the responses a filter picks are found once (a cross-tabulation looks at each response's answer once),
		// then their answers are read by a hash semi-join rather than each answer row testing its response
		String answers = filter.isEmpty() ? "survey_answer a where a.survey = :survey"
				: "survey_answer a where a.survey = :survey and a.response in (select r.id from survey_response r where " + FILTERS + ")";
		return new ResultScope(FILTERS, answers, parameters);
	}
}
