package org.regiolab.surveys.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.surveys.Condition;
import org.regiolab.surveys.FileKind;
import org.regiolab.surveys.Question;
import org.regiolab.surveys.QuestionType;
import org.regiolab.surveys.Text;

/**
 * The question form's fields. Options and matrix rows are written one per line, each optionally
 * followed by its English text after a vertical bar: {@code Sehr gut | Very good}.
 */
class QuestionForm {

	/** Where a refusal of the module ({@code pages[0].questions[2].options}) shows in this form. */
	static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("key", "key"), Map.entry("type", "type"),
			Map.entry("text", "textDe"), Map.entry("help", "helpDe"), Map.entry("options", "options"), Map.entry("rows", "rows"),
			Map.entry("other", "other"), Map.entry("min", "min"), Map.entry("max", "max"), Map.entry("unit", "unit"),
			Map.entry("kinds", "kinds"));

	@NotBlank
	@Size(max = 40)
	private String key = "";

	private int page;

	@NotNull
	private @Nullable QuestionType type = QuestionType.SINGLE_CHOICE;

	@NotBlank
	@Size(max = 2000)
	private String textDe = "";

	@Size(max = 2000)
	private @Nullable String textEn;

	@Size(max = 2000)
	private @Nullable String helpDe;

	@Size(max = 2000)
	private @Nullable String helpEn;

	private boolean required;

	@Size(max = 20000)
	private String options = "";

	private boolean other;

	private @Nullable Integer min;

	private @Nullable Integer max;

	@Size(max = 50)
	private @Nullable String unit;

	@Size(max = 20000)
	private String rows = "";

	private List<FileKind> kinds = new ArrayList<>();

	private @Nullable String conditionQuestion;

	private Condition.@Nullable Operator conditionOperator;

	@Size(max = 200)
	private @Nullable String conditionValue;

	static QuestionForm of(Question question, int page) {
		QuestionForm form = new QuestionForm();
		form.key = question.key();
		form.page = page;
		form.type = question.type();
		form.textDe = question.text().de();
		form.textEn = question.text().en();
		form.helpDe = question.help() == null ? null : question.help().de();
		form.helpEn = question.help() == null ? null : question.help().en();
		form.required = question.required();
		form.options = lines(question.options());
		form.other = question.other();
		form.min = question.min();
		form.max = question.max();
		form.unit = question.unit();
		form.rows = lines(question.rows());
		form.kinds = new ArrayList<>(question.kinds());
		if (question.condition() != null) {
			form.conditionQuestion = question.condition().question();
			form.conditionOperator = question.condition().operator();
			form.conditionValue = question.condition().value();
		}
		return form;
	}

	QuestionForm withoutCondition() {
		conditionQuestion = null;
		conditionOperator = null;
		conditionValue = null;
		return this;
	}

	Question toQuestion() {
		Condition condition = conditionQuestion == null || conditionQuestion.isBlank() ? null
				: new Condition(conditionQuestion, conditionOperator, conditionValue == null ? "" : conditionValue);
		return new Question(key.strip(), type, new Text(textDe, textEn), helpDe == null ? null : new Text(helpDe, helpEn),
				required, texts(options), other, min, max, unit, texts(rows), condition, kinds);
	}

	/** Field names of the module's refusals, mapped onto this form's. */
	static String field(String moduleField) {
		String last = moduleField.substring(moduleField.lastIndexOf('.') + 1);
		if (moduleField.contains(".condition")) {
			return "conditionQuestion";
		}
		return FIELDS.getOrDefault(last, moduleField);
	}

	private static List<Text> texts(String lines) {
		return Arrays.stream(lines.split("\\R"))
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.map(line -> {
				int bar = line.indexOf('|');
				return bar < 0 ? Text.german(line) : new Text(line.substring(0, bar), line.substring(bar + 1));
			})
			.toList();
	}

	private static String lines(List<Text> texts) {
		return texts.stream().map(text -> text.en() == null ? text.de() : text.de() + " | " + text.en())
			.collect(Collectors.joining("\n"));
	}

	public String getKey() {
		return key;
	}

	public void setKey(String key) {
		this.key = key;
	}

	public int getPage() {
		return page;
	}

	public void setPage(int page) {
		this.page = page;
	}

	public @Nullable QuestionType getType() {
		return type;
	}

	public void setType(@Nullable QuestionType type) {
		this.type = type;
	}

	public String getTextDe() {
		return textDe;
	}

	public void setTextDe(String textDe) {
		this.textDe = textDe;
	}

	public @Nullable String getTextEn() {
		return textEn;
	}

	public void setTextEn(@Nullable String textEn) {
		this.textEn = textEn;
	}

	public @Nullable String getHelpDe() {
		return helpDe;
	}

	public void setHelpDe(@Nullable String helpDe) {
		this.helpDe = helpDe;
	}

	public @Nullable String getHelpEn() {
		return helpEn;
	}

	public void setHelpEn(@Nullable String helpEn) {
		this.helpEn = helpEn;
	}

	public boolean isRequired() {
		return required;
	}

	public void setRequired(boolean required) {
		this.required = required;
	}

	public String getOptions() {
		return options;
	}

	public void setOptions(String options) {
		this.options = options;
	}

	public boolean isOther() {
		return other;
	}

	public void setOther(boolean other) {
		this.other = other;
	}

	public @Nullable Integer getMin() {
		return min;
	}

	public void setMin(@Nullable Integer min) {
		this.min = min;
	}

	public @Nullable Integer getMax() {
		return max;
	}

	public void setMax(@Nullable Integer max) {
		this.max = max;
	}

	public @Nullable String getUnit() {
		return unit;
	}

	public void setUnit(@Nullable String unit) {
		this.unit = unit;
	}

	public String getRows() {
		return rows;
	}

	public void setRows(String rows) {
		this.rows = rows;
	}

	public List<FileKind> getKinds() {
		return kinds;
	}

	public void setKinds(@Nullable List<FileKind> kinds) {
		this.kinds = kinds == null ? new ArrayList<>() : kinds;
	}

	public @Nullable String getConditionQuestion() {
		return conditionQuestion;
	}

	public void setConditionQuestion(@Nullable String conditionQuestion) {
		this.conditionQuestion = conditionQuestion;
	}

	public Condition.@Nullable Operator getConditionOperator() {
		return conditionOperator;
	}

	public void setConditionOperator(Condition.@Nullable Operator conditionOperator) {
		this.conditionOperator = conditionOperator;
	}

	public @Nullable String getConditionValue() {
		return conditionValue;
	}

	public void setConditionValue(@Nullable String conditionValue) {
		this.conditionValue = conditionValue;
	}
}
