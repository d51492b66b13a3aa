package org.regiolab.surveys;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.regiolab.network.OrganisationKind;
import org.regiolab.surveys.Responses.ResponseJson;

import org.springframework.context.MessageSource;
import org.springframework.context.support.MessageSourceAccessor;

/**
 * The columns of a survey's responses as the XLSX and the CSV export write them, and their code
 * book: the response's id, day and origin (the organisation only in surveys that are not anonymous),
 * then per question one column, a multiple choice one per option (1 picked, 0 not), a matrix one per
 * row (its step, from 1), a ranking one per option (its rank, 1 first), and a column for the text of
 * »other«; a file is its name and size. Options are numbered from 1 in the code book and the cells. A question the response did
 * not answer leaves its cells empty.
 */
final class ResponseColumns {

	/**
	 * One column.
	 * @param key its header, such as {@code q3_2}
	 * @param question the question's text, or what the column holds
	 * @param type the question's type as a reader names it
	 * @param values what the values mean, such as »1 = Ja; 0 = Nein«
	 */
	record Column(String key, String question, String type, String values, Function<ResponseJson, @Nullable Object> cell) {
	}

	private final List<Column> columns;

	private ResponseColumns(List<Column> columns) {
		this.columns = List.copyOf(columns);
	}

	static ResponseColumns of(Survey survey, MessageSource messages, Locale locale) {
		MessageSourceAccessor texts = new MessageSourceAccessor(messages, locale);
		List<Column> columns = new ArrayList<>();
		String response = texts.getMessage("results.export.type.response");
		columns.add(new Column("id", texts.getMessage("results.export.id"), response, texts.getMessage("results.export.values.id"), ResponseJson::id));
		columns.add(new Column("submitted_on", texts.getMessage("results.export.submitted-on"), response,
				texts.getMessage("results.export.values.date"), ResponseJson::submittedOn));
		if (!survey.data().anonymous()) {
			columns.add(new Column("organisation", texts.getMessage("results.export.organisation"), response, "",
					ResponseJson::organisationName));
		}
		String kinds = Arrays.stream(OrganisationKind.values())
			.map(kind -> kind + " = " + texts.getMessage("organisation.kind." + kind))
			.collect(Collectors.joining("; "));
		columns.add(new Column("kind", texts.getMessage("results.export.kind"), response, kinds, ResponseJson::kind));
		columns.add(new Column("sector", texts.getMessage("results.export.sector"), response, texts.getMessage("results.export.values.sector"),
				ResponseJson::sector));
		columns.add(new Column("region", texts.getMessage("results.export.region"), response, texts.getMessage("results.export.values.region"),
				ResponseJson::region));
		for (Question question : survey.data().definition().questions()) {
			columns.addAll(columns(question, texts, locale));
		}
		return new ResponseColumns(columns);
	}

	List<Column> columns() {
		return columns;
	}

	List<String> headers() {
		return columns.stream().map(Column::key).toList();
	}

	List<@Nullable Object> cells(ResponseJson response) {
		List<@Nullable Object> cells = new ArrayList<>(columns.size());
		columns.forEach(column -> cells.add(column.cell().apply(response)));
		return cells;
	}

	private static List<Column> columns(Question question, MessageSourceAccessor texts, Locale locale) {
		String key = question.key();
		String text = question.text().in(locale);
		String type = texts.getMessage("question.type." + question.type());
		List<Column> columns = new ArrayList<>();
		switch (question.type()) {
			case SINGLE_CHOICE -> columns.add(new Column(key, text, type, numbered(question.options(), locale),
					response -> choice(response, key, 1)));
			case MULTIPLE_CHOICE -> IntStream.range(0, question.options().size()).forEach(option -> columns.add(new Column(
					key + "_" + (option + 1), text + ": " + question.options().get(option).in(locale), type,
					texts.getMessage("results.export.values.picked"),
					response -> answered(response, key) ? (response.answers().get(key).choices().contains(option) ? 1 : 0) : null)));
			case YES_NO -> columns.add(new Column(key, text, type, texts.getMessage("results.export.values.yes-no"),
					response -> choice(response, key, 0)));
			case MATRIX -> IntStream.range(0, question.rows().size()).forEach(row -> columns.add(new Column(
					key + "_" + (row + 1), text + ": " + question.rows().get(row).in(locale), type,
					numbered(question.options(), locale), response -> item(response, key, row, 1))));
			case RANKING -> IntStream.range(0, question.options().size()).forEach(option -> columns.add(new Column(
					key + "_" + (option + 1), text + ": " + question.options().get(option).in(locale), type,
					texts.getMessage("results.export.values.rank"), response -> item(response, key, option, 0))));
			case SCALE, NUMBER -> columns.add(new Column(key, text, type,
					question.isScale() ? texts.getMessage("results.export.values.scale")
							: question.unit() == null ? texts.getMessage("results.export.values.number")
									: texts.getMessage("results.export.values.number.unit", new Object[] { question.unit() }),
					response -> answered(response, key) ? response.answers().get(key).number() : null));
			case DATE -> columns.add(new Column(key, text, type, texts.getMessage("results.export.values.date"),
					response -> answered(response, key) ? response.answers().get(key).date() : null));
			case SHORT_TEXT, LONG_TEXT -> columns.add(new Column(key, text, type, texts.getMessage("results.export.values.text"),
					response -> answered(response, key) ? response.answers().get(key).text() : null));
			case FILE -> columns.add(new Column(key, text, type, texts.getMessage("results.export.values.file"),
					response -> answered(response, key) ? file(response.answers().get(key).file(), locale) : null));
		}
		if (question.other()) {
			columns.add(new Column(key + "_other", text + ": " + texts.getMessage("results.export.other"), type,
					texts.getMessage("results.export.values.text"), response -> answered(response, key) ? response.answers().get(key).other() : null));
		}
		return columns;
	}

	private static boolean answered(ResponseJson response, String key) {
		return response.answers().containsKey(key);
	}

	/** A single choice counted from 1 ({@code plus} 1), or yes/no as stored: 1 yes, 0 no ({@code plus} 0). */
	private static @Nullable Integer choice(ResponseJson response, String key, int plus) {
		if (!answered(response, key) || response.answers().get(key).choices().isEmpty()) {
			return null;
		}
		return response.answers().get(key).choices().get(0) + plus;
	}

	/** A matrix row's step counted from 1 ({@code plus} 1), or a ranking's rank as stored ({@code plus} 0). */
	private static @Nullable Integer item(ResponseJson response, String key, int item, int plus) {
		if (!answered(response, key)) {
			return null;
		}
		Integer value = response.answers().get(key).items().get(item);
		return value == null ? null : value + plus;
	}

	/** A file by its name and size, as »plan.pdf (1,2 MB)«. */
	private static @Nullable String file(@Nullable AnswerFile file, Locale locale) {
		if (file == null || file.size() == null) {
			return null;
		}
		return file.name() + " (" + AnswerFile.size(file.size(), locale) + ")";
	}

	private static String numbered(List<Text> options, Locale locale) {
		return IntStream.range(0, options.size())
			.mapToObj(option -> (option + 1) + " = " + options.get(option).in(locale))
			.collect(Collectors.joining("; "));
	}

	/** A number as German Excel reads it in a CSV: a decimal comma, no grouping. */
	static @Nullable Object forCsv(@Nullable Object cell, Locale locale) {
		if (cell instanceof BigDecimal number) {
			String plain = number.stripTrailingZeros().toPlainString();
			return "de".equals(locale.getLanguage()) ? plain.replace('.', ',') : plain;
		}
		return cell;
	}
}
