package org.regiolab.surveys;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.regiolab.surveys.AnswerTable.Cell;
import org.regiolab.surveys.AnswerTable.Response;
import org.regiolab.surveys.AnswerTable.Row;

import static org.assertj.core.api.Assertions.assertThat;

/** The answers in memory: counted under filters, and a view never changed by what is appended after it. */
class AnswerTableTest {

	static final LocalDate DAY = LocalDate.of(2026, 11, 22);

	@Test
	void aViewKeepsCountingWhatItHadWhileLaterResponsesAreAppended() {
		AnswerTable first = AnswerTable.empty().append(List.of(metal()), List.of(choice(0, "groesse", 1)));
		AnswerTable second = first.append(List.of(software(), software()),
				List.of(choice(0, "groesse", 0), choice(1, "groesse", 0)));

		assertThat(first.tally(first.select(ResultFilter.NONE)).cells()).containsExactly(Map.entry(new Cell("groesse", -1, 1), 1L));
		assertThat(second.tally(second.select(ResultFilter.NONE)).cells())
			.containsOnly(Map.entry(new Cell("groesse", -1, 1), 1L), Map.entry(new Cell("groesse", -1, 0), 2L));
		assertThat(second.tally(second.select(ResultFilter.NONE)).answered()).containsEntry("groesse", 3L);
	}

	@Test
	void aFilterBySectorAndAnOptionPickedSelectsOnlyResponsesWithBoth() {
		AnswerTable table = AnswerTable.empty().append(List.of(metal(), software(), software()),
				List.of(choice(0, "groesse", 1), choice(1, "groesse", 1), choice(2, "groesse", 0)));

		BitSet picked = table.select(new ResultFilter(null, "62", null, "groesse", 1));

		assertThat(picked.stream().toArray()).containsExactly(1);
		assertThat(table.select(new ResultFilter(null, null, null, "groesse", 7)).isEmpty()).isTrue();
		assertThat(table.select(new ResultFilter(null, null, null, "unbekannt", 0)).isEmpty()).isTrue();
		assertThat(table.days(table.select(new ResultFilter("COMPANY", null, null, null, null))))
			.extracting(SurveyResult.DayCount::responses).containsExactly(3L);
	}

	@Test
	void numbersOfUnselectedResponsesAreLeftOut() {
		AnswerTable table = AnswerTable.empty().append(List.of(metal(), software()),
				List.of(number(0, "2"), number(1, "1000")));

		SurveyResult.ResultFigures metal = table.tally(table.select(new ResultFilter(null, "25", null, null, null)))
			.numbers().get("beschaeftigte");

		assertThat(metal.max()).isEqualByComparingTo("2");
		assertThat(metal.median()).isEqualTo(2.0);
	}

	private static Response metal() {
		return new Response("COMPANY", "25", "05512", DAY);
	}

	private static Response software() {
		return new Response("COMPANY", "62", "05512", DAY);
	}

	private static Row choice(int response, String question, int option) {
		return new Row(response, question, -1, option, null, true);
	}

	private static Row number(int response, String value) {
		return new Row(response, "beschaeftigte", -1, null, new BigDecimal(value), true);
	}
}
