package org.regiolab.labs.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.MeasureData;
import org.regiolab.labs.MeasureView;
import org.regiolab.labs.ResultDate;
import org.regiolab.platform.InvalidInputException;

/**
 * The fact-sheet form, laid out like the seed's table: one row per field. List fields are
 * text areas with one entry per line; results are rows of date and text; dates are written the
 * German way (26.11.2021, 08.2021, 2022) or as ISO 8601.
 */
class MeasureForm {

	/** How many empty result rows the form offers beyond the filled ones. */
	static final int SPARE_RESULTS = 2;

	private static final Pattern GERMAN_DAY = Pattern.compile("([0-9]{1,2})\\.([0-9]{1,2})\\.([0-9]+)");
	private static final Pattern GERMAN_MONTH = Pattern.compile("([0-9]{1,2})\\.([0-9]+)");
	private static final Pattern GERMAN_AMOUNT = Pattern.compile("[0-9]{1,3}(\\.[0-9]{3})*(,[0-9]{1,2})?|[0-9]+(,[0-9]{1,2})?");
	private static final Pattern ENGLISH_AMOUNT = Pattern.compile("[0-9]{1,3}(,[0-9]{3})*(\\.[0-9]{1,2})?|[0-9]+(\\.[0-9]{1,2})?");

	@NotBlank
	@Size(max = MeasureData.MAX_TITLE)
	private String title = "";

	@Size(max = 110_000)
	private String activities = "";

	@Size(max = MeasureData.MAX_ENTRY)
	private @Nullable String coordination;

	@Size(max = 110_000)
	private String financing = "";

	@Size(max = 110_000)
	private String actors = "";

	@Size(max = 110_000)
	private String targetGroups = "";

	@Size(max = 110_000)
	private String addedValue = "";

	@Valid
	private List<ResultRow> results = new ArrayList<>();

	@Size(max = MeasureData.MAX_OUTLOOK)
	private @Nullable String outlook;

	private List<String> megatrends = new ArrayList<>();

	private List<Integer> sdgs = new ArrayList<>();

	private List<UUID> fundingProgrammeIds = new ArrayList<>();

	private Map<UUID, String> budgets = new LinkedHashMap<>();

	/** A result row of the form. */
	public static class ResultRow {

		@Size(max = 20)
		private String date = "";

		@Size(max = MeasureData.MAX_ENTRY)
		private String text = "";

		public String getDate() {
			return date;
		}

		public void setDate(@Nullable String date) {
			this.date = date == null ? "" : date;
		}

		public String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text == null ? "" : text;
		}
	}

	static MeasureForm of(MeasureView view, Locale locale) {
		MeasureData data = view.data();
		MeasureForm form = new MeasureForm();
		form.title = data.title();
		form.activities = lines(data.activities());
		form.coordination = data.coordination();
		form.financing = lines(data.financing());
		form.actors = lines(view.actorNames());
		form.targetGroups = lines(data.targetGroups());
		form.addedValue = lines(data.addedValue());
		data.results().forEach(result -> {
			ResultRow row = new ResultRow();
			row.text = result.text();
			row.date = result.date() == null ? "" : germanDate(result.date());
			form.results.add(row);
		});
		form.outlook = data.outlook();
		form.megatrends = new ArrayList<>(data.megatrends());
		form.sdgs = new ArrayList<>(data.sdgs());
		data.funding().forEach(funding -> {
			form.fundingProgrammeIds.add(funding.programme());
			if (funding.budget() != null) {
				form.budgets.put(funding.programme(), String.format(locale, "%,.2f", funding.budget()));
			}
		});
		return form;
	}

	/**
	 * Offers empty rows for new results below the others. Rows the user left empty stay where they
	 * are: the binding's errors name rows by their index.
	 */
	MeasureForm withSpareRows(int spare) {
		for (int i = 0; i < spare; i++) {
			results.add(new ResultRow());
		}
		return this;
	}

	/**
	 * The fact sheet the form describes.
	 * @param actor the actor a line of the actors field stands for: a registry organisation or a free text
	 */
	MeasureData toData(Function<String, MeasureData.Actor> actor, Locale locale) {
		List<MeasureData.Actor> actorData = entries(actors).stream().map(actor).toList();
		List<MeasureData.Result> resultData = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			ResultRow row = results.get(i);
			if (!row.text.isBlank() || !row.date.isBlank()) {
				if (row.text.isBlank()) {
					throw new InvalidInputException("results[" + i + "].text", "NotBlank", "Result without text");
				}
				resultData.add(new MeasureData.Result(row.text, row.date.isBlank() ? null
						: ResultDate.parse(iso(row.date.strip()), "results[" + i + "].date")));
			}
		}
		List<MeasureData.Funding> funding = fundingProgrammeIds.stream()
			.map(programme -> new MeasureData.Funding(programme, amount(programme, locale)))
			.toList();
		return new MeasureData(title, entries(activities), coordination, entries(financing), actorData,
				entries(targetGroups), entries(addedValue), resultData, outlook, megatrends, sdgs, funding);
	}

	private @Nullable BigDecimal amount(UUID programme, Locale locale) {
		String text = budgets.getOrDefault(programme, "").replace("€", "").replace(" ", "").strip();
		if (text.isEmpty()) {
			return null;
		}
		boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		if (!(english ? ENGLISH_AMOUNT : GERMAN_AMOUNT).matcher(text).matches()) {
			throw new InvalidInputException("budgets[" + programme + "]", "measure.budget.invalid", "Not an amount: " + text);
		}
		return new BigDecimal(english ? text.replace(",", "") : text.replace(".", "").replace(',', '.'));
	}

	static String iso(String date) {
		Matcher day = GERMAN_DAY.matcher(date);
		if (day.matches()) {
			return "%s-%02d-%02d".formatted(day.group(3), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1)));
		}
		Matcher month = GERMAN_MONTH.matcher(date);
		if (month.matches()) {
			return "%s-%02d".formatted(month.group(2), Integer.parseInt(month.group(1)));
		}
		return date;
	}

	private static String germanDate(ResultDate date) {
		return switch (date.precision()) {
			case DAY -> "%02d.%02d.%d".formatted(date.date().getDayOfMonth(), date.date().getMonthValue(), date.date().getYear());
			case MONTH -> "%02d.%d".formatted(date.date().getMonthValue(), date.date().getYear());
			case YEAR -> String.valueOf(date.date().getYear());
		};
	}

	private static List<String> entries(String lines) {
		return lines.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

	private static String lines(List<String> entries) {
		return String.join("\n", entries);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getActivities() {
		return activities;
	}

	public void setActivities(@Nullable String activities) {
		this.activities = activities == null ? "" : activities;
	}

	public @Nullable String getCoordination() {
		return coordination;
	}

	public void setCoordination(@Nullable String coordination) {
		this.coordination = coordination;
	}

	public String getFinancing() {
		return financing;
	}

	public void setFinancing(@Nullable String financing) {
		this.financing = financing == null ? "" : financing;
	}

	public String getActors() {
		return actors;
	}

	public void setActors(@Nullable String actors) {
		this.actors = actors == null ? "" : actors;
	}

	public String getTargetGroups() {
		return targetGroups;
	}

	public void setTargetGroups(@Nullable String targetGroups) {
		this.targetGroups = targetGroups == null ? "" : targetGroups;
	}

	public String getAddedValue() {
		return addedValue;
	}

	public void setAddedValue(@Nullable String addedValue) {
		this.addedValue = addedValue == null ? "" : addedValue;
	}

	public List<ResultRow> getResults() {
		return results;
	}

	public void setResults(@Nullable List<ResultRow> results) {
		this.results = results == null ? new ArrayList<>() : results;
	}

	public @Nullable String getOutlook() {
		return outlook;
	}

	public void setOutlook(@Nullable String outlook) {
		this.outlook = outlook;
	}

	public List<String> getMegatrends() {
		return megatrends;
	}

	public void setMegatrends(@Nullable List<String> megatrends) {
		this.megatrends = megatrends == null ? new ArrayList<>() : megatrends;
	}

	public List<Integer> getSdgs() {
		return sdgs;
	}

	public void setSdgs(@Nullable List<Integer> sdgs) {
		this.sdgs = sdgs == null ? new ArrayList<>() : sdgs;
	}

	public List<UUID> getFundingProgrammeIds() {
		return fundingProgrammeIds;
	}

	public void setFundingProgrammeIds(@Nullable List<UUID> fundingProgrammeIds) {
		this.fundingProgrammeIds = fundingProgrammeIds == null ? new ArrayList<>() : fundingProgrammeIds;
	}

	public Map<UUID, String> getBudgets() {
		return budgets;
	}

	public void setBudgets(@Nullable Map<UUID, String> budgets) {
		this.budgets = budgets == null ? new LinkedHashMap<>() : budgets;
	}
}
