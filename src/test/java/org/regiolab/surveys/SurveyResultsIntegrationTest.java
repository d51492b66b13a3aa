package org.regiolab.surveys;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.regiolab.feedback.Theme;
import org.regiolab.support.IntegrationTest;
import org.regiolab.surveys.SurveyResult.DayCount;
import org.regiolab.surveys.SurveyResult.MatrixRow;
import org.regiolab.surveys.SurveyResult.OptionCount;
import org.regiolab.surveys.SurveyResult.QuestionResult;
import org.regiolab.surveys.SurveyResult.ResultFigures;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.regiolab.surveys.Questions.definition;
import static org.regiolab.surveys.Questions.matrix;
import static org.regiolab.surveys.Questions.page;
import static org.regiolab.surveys.Questions.question;
import static org.regiolab.surveys.Questions.usabilityScale;
import static org.regiolab.surveys.SurveyWorld.answers;

/** Live results as an office reads them: counts, shares and figures per question, filtered, and never a small anonymous breakdown. */
@IntegrationTest
class SurveyResultsIntegrationTest {

	static final Question SIZE = question("groesse", QuestionType.SINGLE_CHOICE, "klein", "groß");
	static final Question TOPICS = question("themen", QuestionType.MULTIPLE_CHOICE, "Digitalisierung", "Fachkräfte", "Innenstadt");

	@Autowired
	SurveyResults results;

	@Autowired
	Surveys surveys;

	@Autowired
	ApplicationContext application;

	SurveyWorld world;

	@BeforeEach
	void world() {
		world = new SurveyWorld(application);
	}

	@Test
	void aMultipleChoiceCountsEachOptionPickedNotEachCombination() {
		UUID survey = open(definition(page(TOPICS)));
		respond(survey, answers("themen", Answer.choices(List.of(0, 1))));
		respond(survey, answers("themen", Answer.choices(List.of(0))));
		respond(survey, answers("themen", Answer.choices(List.of(1, 2))));

		QuestionResult topics = resultOf(results.of(survey, ResultFilter.NONE, Locale.GERMAN), "themen");

		assertThat(topics.answered()).isEqualTo(3);
		assertThat(topics.options()).extracting(OptionCount::label, OptionCount::count)
			.containsExactly(tuple("Digitalisierung", 2L), tuple("Fachkräfte", 2L),
					tuple("Innenstadt", 1L));
		assertThat(topics.options()).extracting(OptionCount::share)
			.containsExactly(2.0 / 3, 2.0 / 3, 1.0 / 3);
	}

	@Test
	void aScaleHasItsMeanMedianStepsAndNetPromoterScore() {
		UUID survey = open(definition(page(question("empfehlung", QuestionType.SCALE))));
		for (int step : new int[] { 10, 9, 8, 0 }) {
			respond(survey, answers("empfehlung", Answer.number(step)));
		}

		QuestionResult recommendation = resultOf(results.of(survey, ResultFilter.NONE, Locale.GERMAN), "empfehlung");

		assertThat(recommendation.nps()).isEqualTo(25);
		assertThat(recommendation.figures().mean()).isEqualTo(6.75);
		assertThat(recommendation.figures().median()).isEqualTo(8.5);
		assertThat(recommendation.options()).hasSize(11);
		assertThat(recommendation.options()).extracting(OptionCount::count)
			.containsExactly(1L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L, 1L, 1L);
	}

	@Test
	void aNumberHasItsMeanMedianAndRangeExactly() {
		UUID survey = open(definition(page(question("beschaeftigte", QuestionType.NUMBER))));
		for (double employees : new double[] { 12.5, 3, 250, 40 }) {
			respond(survey, answers("beschaeftigte", Answer.number(employees)));
		}

		ResultFigures figures = resultOf(results.of(survey, ResultFilter.NONE, Locale.GERMAN), "beschaeftigte").figures();

		assertThat(figures.mean()).isEqualTo(76.375);
		assertThat(figures.median()).isEqualTo(26.25);
		assertThat(figures.min()).isEqualByComparingTo("3");
		assertThat(figures.max()).isEqualByComparingTo("250");
	}

	@Test
	void resultsCountEachResponseAsSoonAsItIsSubmitted() {
		UUID survey = open(definition(page(SIZE, TOPICS)));
		respond(survey, answers("groesse", Answer.choice(0)));
		assertThat(resultOf(results.of(survey, ResultFilter.NONE, Locale.GERMAN), "groesse").options())
			.extracting(OptionCount::count).containsExactly(1L, 0L);

		respond(survey, answers("groesse", Answer.choice(1), "themen", Answer.choices(List.of(2))));
		SurveyResult result = results.of(survey, ResultFilter.NONE, Locale.GERMAN);

		assertThat(result.responses()).isEqualTo(2);
		assertThat(resultOf(result, "groesse").options()).extracting(OptionCount::count).containsExactly(1L, 1L);
		assertThat(resultOf(result, "themen").answered()).isEqualTo(1);
		assertThat(result.days()).extracting(DayCount::responses).containsExactly(2L);
		assertThat(results.of(survey, new ResultFilter(null, null, null, "groesse", 1), Locale.GERMAN).responses()).isEqualTo(1);
	}

	@Test
	void aMatrixCountsTheStepsOfEachRow() {
		UUID survey = open(definition(page(matrix("zufriedenheit", 2, "schlecht", "mittel", "gut"))));
		respond(survey, answers("zufriedenheit", Answer.items(Map.of(0, 0, 1, 2))));
		respond(survey, answers("zufriedenheit", Answer.items(Map.of(0, 0, 1, 1))));

		QuestionResult satisfaction = resultOf(results.of(survey, ResultFilter.NONE, Locale.GERMAN), "zufriedenheit");

		assertThat(satisfaction.rows()).extracting(MatrixRow::label, MatrixRow::counts, MatrixRow::mean).containsExactly(
				tuple("Aussage 1", List.of(2L, 0L, 0L), 1.0),
				tuple("Aussage 2", List.of(0L, 1L, 1L), 2.5));
	}

	@Test
	void aRankingShowsEachOptionsMeanRank() {
		UUID survey = open(definition(page(question("reihenfolge", QuestionType.RANKING, "Breitband", "Parkplätze", "Kita"))));
		respond(survey, answers("reihenfolge", Answer.items(Map.of(0, 1, 1, 2, 2, 3))));
		respond(survey, answers("reihenfolge", Answer.items(Map.of(0, 2, 1, 1, 2, 3))));

		QuestionResult ranking = resultOf(results.of(survey, ResultFilter.NONE, Locale.GERMAN), "reihenfolge");

		assertThat(ranking.options()).extracting(OptionCount::meanRank).containsExactly(1.5, 1.5, 3.0);
	}

	@Test
	void theSystemUsabilityScaleIsScoredFromZeroToHundred() {
		UUID survey = open(definition(page(usabilityScale("sus_portal"))));
		// strongly agree with every positive (odd) statement, strongly disagree with every negative (even) one
		respond(survey, answers("sus_portal", Answer.items(steps(item -> item % 2 == 0 ? 4 : 0))));
		respond(survey, answers("sus_portal", Answer.items(steps(item -> 2))));

		QuestionResult usability = resultOf(results.of(survey, ResultFilter.NONE, Locale.GERMAN), "sus_portal");

		assertThat(usability.sus()).isEqualTo(75.0);
	}

	@Test
	void aPerfectUsabilityAnswerScoresHundred() {
		UUID survey = open(definition(page(usabilityScale("sus_portal"))));
		respond(survey, answers("sus_portal", Answer.items(steps(item -> item % 2 == 0 ? 4 : 0))));

		assertThat(resultOf(results.of(survey, ResultFilter.NONE, Locale.GERMAN), "sus_portal").sus()).isEqualTo(100.0);
	}

	@Test
	void aFilterBySectorCountsOnlyTheResponsesOfCompaniesInIt() {
		List<String> people = companies(2, 1);
		UUID survey = world.survey(definition(page(SIZE)), false);
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));
		answerAs(survey, people.get(0), answers("groesse", Answer.choice(0)));
		answerAs(survey, people.get(1), answers("groesse", Answer.choice(0)));
		answerAs(survey, people.get(2), answers("groesse", Answer.choice(1)));

		SurveyResult it = results.of(survey, new ResultFilter(null, "62", null, null, null), Locale.GERMAN);

		assertThat(it.responses()).isEqualTo(1);
		assertThat(resultOf(it, "groesse").options()).extracting(OptionCount::count).containsExactly(0L, 1L);
		assertThat(it.days()).extracting(SurveyResult.DayCount::responses).containsExactly(1L);
	}

	@Test
	void aFilterByAChoiceCountsTheOtherQuestionsOfOnlyThoseWhoPickedIt() {
		UUID survey = open(definition(page(SIZE, TOPICS)));
		respond(survey, answers("groesse", Answer.choice(0), "themen", Answer.choices(List.of(0, 1))));
		respond(survey, answers("groesse", Answer.choice(0), "themen", Answer.choices(List.of(0))));
		respond(survey, answers("groesse", Answer.choice(1), "themen", Answer.choices(List.of(2))));

		SurveyResult small = results.of(survey, new ResultFilter(null, null, null, "groesse", 0), Locale.GERMAN);

		assertThat(small.responses()).isEqualTo(2);
		assertThat(resultOf(small, "themen").options()).extracting(OptionCount::count).containsExactly(2L, 1L, 0L);
	}

	@Test
	void anAnonymousSurveyShowsNoBreakdownOfFewerThanFiveResponses() {
		List<String> people = companies(5, 2);
		UUID survey = world.survey(definition(page(SIZE)), true);
		world.invitations.invite(survey, Audience.ofAlliance(world.alliance));
		people.forEach(person -> answerAs(survey, person, answers("groesse", Answer.choice(0))));

		SurveyResult few = results.of(survey, new ResultFilter(null, "62", null, null, null), Locale.GERMAN);
		SurveyResult enough = results.of(survey, new ResultFilter(null, "25", null, null, null), Locale.GERMAN);

		assertThat(few.suppressed()).isTrue();
		assertThat(few.questions()).isEmpty();
		assertThat(few.days()).isEmpty();
		assertThat(enough.suppressed()).isFalse();
		assertThat(resultOf(enough, "groesse").options()).extracting(OptionCount::count).containsExactly(5L, 0L);
		assertThat(results.of(survey, ResultFilter.NONE, Locale.GERMAN).responses()).isEqualTo(7);
	}

	@Test
	void freeTextsAreListedWithTheirRecurringThemes() {
		UUID survey = open(definition(page(question("wuensche", QuestionType.LONG_TEXT))));
		List<String> texts = List.of("Es fehlen Parkplätze in der Innenstadt", "Mehr Parkplätze für Kunden",
				"Parkplätze und schnelles Internet", "Eine Kita in der Nähe");
		texts.forEach(text -> respond(survey, answers("wuensche", Answer.text(text))));

		QuestionResult wishes = resultOf(results.of(survey, ResultFilter.NONE, Locale.GERMAN), "wuensche");

		assertThat(wishes.texts()).containsExactlyInAnyOrderElementsOf(texts);
		assertThat(wishes.themes()).extracting(Theme::term, Theme::count).contains(tuple("Parkplätze", 3));
	}

	private UUID open(SurveyDefinition definition) {
		return surveys.create(world.data(definition, false, true, null, null));
	}

	private void respond(UUID survey, Map<String, Answer> answers) {
		assertThat(world.answering.respond(world.answering.startOpen(surveys.load(survey).openLink()), answers)).isTrue();
	}

	private void answerAs(UUID survey, String email, Map<String, Answer> answers) {
		assertThat(world.answering.respond(world.link(survey, "invitation", email), answers)).isTrue();
	}

	/** People who agreed, each of a company of their own: so many in sector 25 (metal), so many in 62 (software); their addresses. */
	private List<String> companies(int metal, int software) {
		List<String> emails = new ArrayList<>();
		for (int i = 0; i < metal + software; i++) {
			String given = "Person" + i;
			world.person(given, "Muster", world.company("Firma " + i, i < metal ? "25" : "62"), true);
			emails.add(world.email(given));
		}
		return emails;
	}

	private static Map<Integer, Integer> steps(java.util.function.IntUnaryOperator step) {
		return IntStream.range(0, 10).boxed().collect(Collectors.toMap(item -> item, step::applyAsInt));
	}

	private static QuestionResult resultOf(SurveyResult result, String key) {
		return result.questions().stream().filter(question -> question.key().equals(key)).findFirst().orElseThrow();
	}
}
