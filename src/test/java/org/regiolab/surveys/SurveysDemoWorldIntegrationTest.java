package org.regiolab.surveys;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.regiolab.surveys.SurveyResult.OptionCount;
import org.regiolab.surveys.SurveyResult.QuestionResult;
import org.regiolab.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo world's surveys: Bottrop's company survey for the Zukunftsplan and the evaluation of the network meeting 2023. */
@IntegrationTest
class SurveysDemoWorldIntegrationTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Surveys surveys;

	@Autowired
	SurveyResults results;

	@Autowired
	SurveyFunding funding;

	@Test
	void bottropsCompanySurveyAsksEveryKindOfQuestionWithConditionsAndHas300Responses() {
		Survey survey = surveys.load(id(SurveysDemoWorld.COMPANY_SURVEY));
		SurveyDefinition definition = survey.data().definition();
		assertThat(survey.ownerName()).isEqualTo(SurveysDemoWorld.BOTTROP);
		assertThat(survey.data().anonymous()).isFalse();
		assertThat(definition.questions()).hasSizeGreaterThanOrEqualTo(20);
		assertThat(definition.questions()).extracting(Question::type).containsAll(Arrays.asList(QuestionType.values()));
		assertThat(definition.questions()).filteredOn(question -> question.condition() != null).isNotEmpty();
		assertThat(definition.pages()).filteredOn(page -> page.condition() != null).isNotEmpty();
		assertThat(survey.responses()).isEqualTo(SurveysDemoWorld.COMPANY_RESPONSES);
		// on paper: no invitation, but the sector, kind and region of the registry's reference data
		assertThat(count("""
				select count(*) from survey_response r where r.survey = ? and r.invitation is null and r.submitted_at is not null
				  and r.kind is not null and exists (select 1 from sector s where s.code = r.sector)
				  and exists (select 1 from region g where g.key = r.region)""", survey.id()))
			.isEqualTo(SurveysDemoWorld.COMPANY_RESPONSES);
		assertThat(count("select count(distinct region) from survey_response where survey = ?", survey.id())).isGreaterThan(3);
		assertThat(funding.notices(survey.id())).extracting(org.regiolab.labs.PrintedNotice::programme).containsExactly("Bottrop2018+");
	}

	@Test
	void filteredByASectorTheResultsCountFewerResponsesAndRetailRatesTheCityCentreLowerThanCrafts() {
		UUID id = id(SurveysDemoWorld.COMPANY_SURVEY);
		SurveyResult all = results.of(id, ResultFilter.NONE, Locale.GERMAN);
		SurveyResult retail = results.of(id, new ResultFilter(null, "47", null, null, null), Locale.GERMAN);
		SurveyResult crafts = results.of(id, new ResultFilter(null, "43", null, null, null), Locale.GERMAN);
		assertThat(all.responses()).isEqualTo(SurveysDemoWorld.COMPANY_RESPONSES);
		assertThat(retail.responses()).isPositive().isLessThan(all.responses());
		assertThat(crafts.responses()).isPositive().isLessThan(all.responses());
		assertThat(centreMean(retail)).isLessThan(centreMean(crafts));
		assertThat(yesShare(crafts, "offene_stellen")).isGreaterThan(yesShare(retail, "offene_stellen"));
		QuestionResult recommendation = question(all, "weiterempfehlung");
		assertThat(recommendation.nps()).isNotNull();
		assertThat(question(all, "zukunftsplan").themes()).isNotEmpty();
	}

	@Test
	void theNetworkMeetingOf2023HasItsAnonymousEvaluationWithResponses() {
		Survey evaluation = surveys.load(id(SurveysDemoWorld.EVALUATION));
		UUID meeting = jdbc.sql("select id from event where title = ?").param(SurveysDemoWorld.MEETING).query(UUID.class).single();
		assertThat(evaluation.data().event()).isEqualTo(meeting);
		assertThat(evaluation.data().anonymous()).isTrue();
		assertThat(evaluation.ownerName()).isEqualTo(SurveysDemoWorld.INDUSTRY);
		assertThat(evaluation.data().definition().questions()).hasSizeBetween(5, 6);
		assertThat(evaluation.responses()).isEqualTo(SurveysDemoWorld.EVALUATION_RESPONSES);
		assertThat(count("select count(*) from survey_response where survey = ? and submitted_at is null", evaluation.id()))
			.isEqualTo(SurveysDemoWorld.EVALUATION_RESPONSES);
		assertThat(question(results.of(evaluation.id(), ResultFilter.NONE, Locale.GERMAN), "gesamt").figures().mean())
			.isGreaterThan(7);
	}

	private static double centreMean(SurveyResult result) {
		return question(result, "innenstadt").rows().stream().mapToDouble(row -> row.mean()).average().orElseThrow();
	}

	private static double yesShare(SurveyResult result, String key) {
		return question(result, key).options().stream().filter(option -> option.label().equals("Ja")).findFirst()
			.map(OptionCount::share).orElseThrow();
	}

	private static QuestionResult question(SurveyResult result, String key) {
		return result.questions().stream().filter(question -> question.key().equals(key)).findFirst().orElseThrow();
	}

	private UUID id(String title) {
		return jdbc.sql("select id from survey where title_de = ?").param(title).query(UUID.class).single();
	}

	private long count(String sql, UUID survey) {
		return jdbc.sql(sql).param(survey).query(Long.class).single();
	}
}
