package org.regiolab.labs.web;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.MeasureData;
import org.regiolab.labs.ResultDate;

import static com.fasterxml.jackson.annotation.JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY;
import static org.regiolab.labs.MeasureData.MAX_ENTRIES;
import static org.regiolab.labs.MeasureData.MAX_ENTRY;

/**
 * A measure's fact sheet as the API takes it. Every list field also takes a single string; an
 * actor is an object with {@code organizationId} and/or {@code name}, or just a name; a result's
 * date is {@code 2021-11-26}, {@code 2021-08} or {@code 2022}. PUT replaces the whole sheet.
 */
record MeasureInput(@NotBlank @Size(max = MeasureData.MAX_TITLE) String title,
		@JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = MAX_ENTRIES) List<@NotNull @Size(max = MAX_ENTRY) String> activities,
		@Nullable @Size(max = MAX_ENTRY) String coordination,
		@JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = MAX_ENTRIES) List<@NotNull @Size(max = MAX_ENTRY) String> financing,
		@JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = MAX_ENTRIES) List<@Valid @NotNull ActorInput> actors,
		@JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = MAX_ENTRIES) List<@NotNull @Size(max = MAX_ENTRY) String> targetGroups,
		@JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = MAX_ENTRIES) List<@NotNull @Size(max = MAX_ENTRY) String> addedValue,
		@JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = MAX_ENTRIES) List<@Valid @NotNull ResultInput> results,
		@Nullable @Size(max = MeasureData.MAX_OUTLOOK) String outlook,
		@JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = 30) List<@NotBlank @Size(max = 100) String> megatrends,
		@JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = 17) List<@NotNull @Min(1) @Max(17) Integer> sdgs,
		@JsonFormat(with = ACCEPT_SINGLE_VALUE_AS_ARRAY) @Nullable @Size(max = 20) List<@NotNull UUID> fundingProgrammeIds,
		@Nullable Map<UUID, @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) BigDecimal> budgets) {

	/** An involved actor: an organisation of the registry, a free text, or both. */
	record ActorInput(@Nullable UUID organizationId, @Nullable @Size(max = MAX_ENTRY) String name) {

		@JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
		ActorInput(@JsonProperty("organizationId") @Nullable UUID organizationId, @JsonProperty("name") @Nullable String name) {
			this.organizationId = organizationId;
			this.name = name;
		}

		@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
		static ActorInput named(String name) {
			return new ActorInput(null, name);
		}
	}

	/** A result and when it happened. */
	record ResultInput(@NotBlank @Size(max = MAX_ENTRY) String text,
			@Nullable @Pattern(regexp = ResultDate.SYNTAX, message = "{measure.result.date.invalid}") String date) {
	}

	MeasureData toData() {
		List<ResultInput> given = list(results);
		List<MeasureData.Result> resultData = IntStream.range(0, given.size())
			.mapToObj(i -> new MeasureData.Result(given.get(i).text(), date(given.get(i).date(), "results[" + i + "].date")))
			.toList();
		// a budget names its programme, so a programme with a budget is linked even if the ids leave it out
		Set<UUID> programmes = new LinkedHashSet<>(list(fundingProgrammeIds));
		programmes.addAll(budgets == null ? Set.of() : budgets.keySet());
		List<MeasureData.Funding> funding = programmes.stream()
			.map(programme -> new MeasureData.Funding(programme, budgets == null ? null : budgets.get(programme)))
			.toList();
		return new MeasureData(title, list(activities), coordination, list(financing),
				list(actors).stream().map(actor -> new MeasureData.Actor(actor.organizationId(), actor.name())).toList(),
				list(targetGroups), list(addedValue), resultData, outlook, list(megatrends), list(sdgs), funding);
	}

	private static @Nullable ResultDate date(@Nullable String text, String field) {
		return text == null || text.isBlank() ? null : ResultDate.parse(text, field);
	}

	private static <T> List<T> list(@Nullable List<T> values) {
		return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
	}
}
