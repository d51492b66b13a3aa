package org.regiolab.surveys;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.SurveyResult.DayCount;
import org.regiolab.surveys.SurveyResult.ResultFigures;

/**
 * One survey's submitted responses and their answer rows in memory, column by column, as results count
 * them. A survey of 30 questions with 10,000 responses has about half a million answer rows; PostgreSQL
 * groups them in a scan of all of them for every request and every filter, while one pass over these
 * columns counts them under any filter in milliseconds. Submitted responses never change, so a table
 * only grows: {@link #append} writes past the end that earlier views read up to and returns a new view,
 * which is how requests counting the old view meanwhile are never disturbed.
 */
final class AnswerTable {

	/** A row's option, step or rank, as results count it, and the question and item it belongs to. */
	record Cell(String question, int item, int choice) {
	}

	/** A submitted response as results filter it. */
	record Response(String kind, String sector, String region, LocalDate submittedOn) {

		Response {
			kind = Objects.requireNonNullElse(kind, "");
			sector = Objects.requireNonNullElse(sector, "");
			region = Objects.requireNonNullElse(region, "");
		}
	}

	/** An answer row as stored: {@code choice} and {@code number} may be null. */
	record Row(int response, String question, int item, @Nullable Integer choice, @Nullable BigDecimal number, boolean first) {
	}

	/** What results count under a filter: options, steps and ranks per question and item, the responses that answered. */
	record Tally(Map<Cell, Long> cells, Map<String, Long> answered, Map<String, ResultFigures> numbers) {
	}

	private static final int NO_CELL = -1;

	/** Shared by the views of one table and only ever written past the end of the newest. */
	private static final class Columns {

		Response[] responses = new Response[16];
		int[] question = new int[64];
		int[] cell = new int[64];
		int[] response = new int[64];
		boolean[] first = new boolean[64];
		/** a number question's answers, apart: few rows, and exact */
		int[] numberQuestion = new int[16];
		int[] numberResponse = new int[16];
		BigDecimal[] number = new BigDecimal[16];
		final List<String> questions = new ArrayList<>();
		final Map<String, Integer> questionIds = new HashMap<>();
		final List<Cell> cells = new ArrayList<>();
		final Map<Cell, Integer> cellIds = new HashMap<>();
	}

	private final Columns columns;
	private final int responses;
	private final int rows;
	private final int numbers;
	/** the ids of questions and cells known to this view, copied so that later appends do not touch them */
	private final Map<String, Integer> questionIds;
	private final List<Cell> cells;
	private final Map<Cell, Integer> cellIds;

	private AnswerTable(Columns columns, int responses, int rows, int numbers) {
		this.columns = columns;
		this.responses = responses;
		this.rows = rows;
		this.numbers = numbers;
		this.questionIds = Map.copyOf(columns.questionIds);
		this.cells = List.copyOf(columns.cells);
		this.cellIds = Map.copyOf(columns.cellIds);
	}

	static AnswerTable empty() {
		return new AnswerTable(new Columns(), 0, 0, 0);
	}

	int responses() {
		return responses;
	}

	int rows() {
		return rows;
	}

	/**
	 * This table with more responses and their rows, whose {@link Row#response()} counts from 0 among
	 * the new ones. Only the newest view of a table may be appended to, by one thread at a time.
	 */
	AnswerTable append(List<Response> added, List<Row> addedRows) {
		Columns c = columns;
		if (responses + added.size() > c.responses.length) {
			c.responses = Arrays.copyOf(c.responses, grown(c.responses.length, responses + added.size()));
		}
		for (int i = 0; i < added.size(); i++) {
			c.responses[responses + i] = added.get(i);
		}
		int rowCount = rows;
		int numberCount = numbers;
		for (Row row : addedRows) {
			int question = c.questionIds.computeIfAbsent(row.question(), key -> {
				c.questions.add(key);
				return c.questions.size() - 1;
			});
			if (row.choice() == null && row.item() == -1 && row.number() != null) {
				numberCount = number(c, numberCount, question, responses + row.response(), row.number());
			}
			ensureRows(c, rowCount + 1);
			c.question[rowCount] = question;
			c.cell[rowCount] = row.choice() == null ? NO_CELL : c.cellIds.computeIfAbsent(new Cell(row.question(), row.item(),
					row.choice()), cell -> {
						c.cells.add(cell);
						return c.cells.size() - 1;
					});
			c.response[rowCount] = responses + row.response();
			c.first[rowCount] = row.first();
			rowCount++;
		}
		return new AnswerTable(c, responses + added.size(), rowCount, numberCount);
	}

	private static int number(Columns c, int count, int question, int response, BigDecimal value) {
		if (count == c.number.length) {
			int size = grown(count, count + 1);
			c.numberQuestion = Arrays.copyOf(c.numberQuestion, size);
			c.numberResponse = Arrays.copyOf(c.numberResponse, size);
			c.number = Arrays.copyOf(c.number, size);
		}
		c.numberQuestion[count] = question;
		c.numberResponse[count] = response;
		c.number[count] = value;
		return count + 1;
	}

	private static void ensureRows(Columns c, int size) {
		if (size > c.question.length) {
			int grown = grown(c.question.length, size);
			c.question = Arrays.copyOf(c.question, grown);
			c.cell = Arrays.copyOf(c.cell, grown);
			c.response = Arrays.copyOf(c.response, grown);
			c.first = Arrays.copyOf(c.first, grown);
		}
	}

	private static int grown(int length, int needed) {
		return Math.max(needed, length + (length >> 1));
	}

	/** The responses a filter picks: by kind, sector and region, and by an option picked (cross-tabulation). */
	BitSet select(ResultFilter filter) {
		BitSet selected = new BitSet(responses);
		if (filter.question() != null) {
			Integer picked = filter.option() == null ? null : cellIds.get(new Cell(filter.question(), -1, filter.option()));
			if (picked == null) {
				return selected;
			}
			for (int row = 0; row < rows; row++) {
				if (columns.cell[row] == picked) {
					selected.set(columns.response[row]);
				}
			}
		}
		else {
			selected.set(0, responses);
		}
		for (int r = selected.nextSetBit(0); r >= 0; r = selected.nextSetBit(r + 1)) {
			Response response = columns.responses[r];
			if (!matches(filter.kind(), response.kind()) || !matches(filter.sector(), response.sector())
					|| !matches(filter.region(), response.region())) {
				selected.clear(r);
			}
		}
		return selected;
	}

	private static boolean matches(@Nullable String wanted, String value) {
		return wanted == null || wanted.equals(value);
	}

	/** The options, steps and ranks picked by the selected responses, and how many answered each question; one pass. */
	Tally tally(BitSet selected) {
		long[] perCell = new long[cells.size()];
		long[] answered = new long[questionIds.size()];
		int[] cell = columns.cell;
		int[] response = columns.response;
		for (int row = 0; row < rows; row++) {
			if (selected.get(response[row])) {
				if (columns.first[row]) {
					answered[columns.question[row]]++;
				}
				if (cell[row] != NO_CELL) {
					perCell[cell[row]]++;
				}
			}
		}
		Map<Cell, Long> counted = new HashMap<>();
		for (int i = 0; i < perCell.length; i++) {
			if (perCell[i] > 0) {
				counted.put(cells.get(i), perCell[i]);
			}
		}
		Map<String, Long> answeredByQuestion = new HashMap<>();
		questionIds.forEach((question, id) -> answeredByQuestion.put(question, answered[id]));
		return new Tally(counted, answeredByQuestion, numbers(selected));
	}

	/** Mean, median (interpolated, as PostgreSQL's {@code percentile_cont}) and range of each number question. */
	private Map<String, ResultFigures> numbers(BitSet selected) {
		Map<Integer, List<BigDecimal>> given = new HashMap<>();
		for (int i = 0; i < numbers; i++) {
			if (selected.get(columns.numberResponse[i])) {
				given.computeIfAbsent(columns.numberQuestion[i], question -> new ArrayList<>()).add(columns.number[i]);
			}
		}
		Map<String, ResultFigures> figures = new HashMap<>();
		given.forEach((question, values) -> {
			values.sort(null);
			BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			int middle = values.size() / 2;
			double median = values.size() % 2 == 1 ? values.get(middle).doubleValue()
					: (values.get(middle - 1).doubleValue() + values.get(middle).doubleValue()) / 2;
			figures.put(columns.questions.get(question), new ResultFigures(
					sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64).doubleValue(), median, values.get(0),
					values.get(values.size() - 1)));
		});
		return figures;
	}

	/**
	 * The mean System Usability Scale score of the selected responses that answered all ten items of a
	 * question: odd items count their step, even ones 4 minus it (steps from 0), the sum times 2.5.
	 */
	@Nullable
	Double usability(String question, BitSet selected) {
		Integer id = questionIds.get(question);
		if (id == null) {
			return null;
		}
		int[] items = new int[responses];
		int[] sums = new int[responses];
		for (int row = 0; row < rows; row++) {
			if (columns.question[row] == id && columns.cell[row] != NO_CELL && selected.get(columns.response[row])) {
				Cell cell = cells.get(columns.cell[row]);
				items[columns.response[row]]++;
				sums[columns.response[row]] += cell.item() % 2 == 0 ? cell.choice() : 4 - cell.choice();
			}
		}
		double total = 0;
		int scored = 0;
		for (int r = 0; r < responses; r++) {
			if (items[r] == UsabilityScale.ITEMS) {
				total += sums[r] * 2.5;
				scored++;
			}
		}
		return scored == 0 ? null : total / scored;
	}

	/** The selected responses per day they were submitted, oldest first. */
	List<DayCount> days(BitSet selected) {
		Map<LocalDate, Long> days = new TreeMap<>();
		for (int r = selected.nextSetBit(0); r >= 0; r = selected.nextSetBit(r + 1)) {
			days.merge(columns.responses[r].submittedOn(), 1L, Long::sum);
		}
		return days.entrySet().stream().map(day -> new DayCount(day.getKey(), day.getValue())).toList();
	}
}
