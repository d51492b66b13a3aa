package org.regiolab.labs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.FactSheet.Measure;
import org.regiolab.labs.FactSheet.Result;

import org.springframework.context.support.MessageSourceAccessor;

/**
 * At most two measures side by side, as the seed's "Maßnahmenbeschreibung" sets them: a header with
 * their titles, then one row per field in the seed's order. Both exports lay out the same tables.
 */
record MeasureTable(List<String> titles, List<Row> rows) {

	/** A field: its label and one cell per measure. */
	record Row(String label, List<Cell> cells) {
	}

	/** A field of one measure: its lines, as bullets where the field is a list; an empty field shows a dash. */
	record Cell(List<String> lines, boolean bulleted) {
	}

	private static final int MEASURES_SIDE_BY_SIDE = 2;

	static List<MeasureTable> of(List<Measure> measures, MessageSourceAccessor messages) {
		List<MeasureTable> tables = new ArrayList<>();
		for (int first = 0; first < measures.size(); first += MEASURES_SIDE_BY_SIDE) {
			List<Measure> shown = measures.subList(first, Math.min(first + MEASURES_SIDE_BY_SIDE, measures.size()));
			tables.add(new MeasureTable(shown.stream().map(Measure::title).toList(), rows(shown, messages)));
		}
		return tables;
	}

	private static List<Row> rows(List<Measure> measures, MessageSourceAccessor messages) {
		Fields fields = new Fields(measures, messages);
		return List.of(
				fields.list("factsheet.activities", Measure::activities),
				fields.text("factsheet.coordination", Measure::coordination),
				fields.list("factsheet.financing", Measure::financing),
				fields.list("factsheet.actors", Measure::actors),
				fields.list("factsheet.targetGroups", Measure::targetGroups),
				fields.list("factsheet.addedValue", Measure::addedValue),
				fields.list("factsheet.results", measure -> measure.results().stream().map(fields::result).toList()),
				fields.text("factsheet.outlook", Measure::outlook));
	}

	private record Fields(List<Measure> measures, MessageSourceAccessor messages) {

		Row list(String label, Function<Measure, List<String>> field) {
			return row(label, field, true);
		}

		Row text(String label, Function<Measure, @Nullable String> field) {
			return row(label, measure -> {
				String text = field.apply(measure);
				return text == null || text.isBlank() ? List.of() : List.of(text);
			}, false);
		}

		String result(Result result) {
			return result.date() == null ? result.text()
					: messages.getMessage("factsheet.result", new Object[] { result.date(), result.text() });
		}

		private Row row(String label, Function<Measure, List<String>> field, boolean bulleted) {
			List<Cell> cells = measures.stream().map(field).map(lines -> lines.isEmpty()
					? new Cell(List.of(messages.getMessage("factsheet.none")), false)
					: new Cell(lines, bulleted)).toList();
			return new Row(messages.getMessage(label), cells);
		}
	}
}
