package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the plans API takes: plans, goals, indicators and values, each with its checks. */
final class PlanInput {

	private PlanInput() {
	}

	record PlanBody(@NotNull UUID allianceId, @NotNull PlanKind kind, @NotBlank @Size(max = 300) String title,
			@NotNull @Min(1900) @Max(2200) Integer fromYear, @NotNull @Min(1900) @Max(2200) Integer toYear,
			@Nullable @Size(max = 10000) String vision) {

		PlanData toData() {
			return new PlanData(allianceId, kind, title, fromYear, toYear, vision);
		}
	}

	/** A goal; without a weight it counts 1, without a parent it is a strategic goal of the plan. */
	record GoalBody(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 10000) String description,
			@Nullable BigDecimal weight, @Nullable UUID parentId, @Nullable @Min(0) @Max(10000) Integer position) {

		GoalData toData() {
			return new GoalData(title, description, weight, parentId, position);
		}
	}

	record IndicatorBody(@NotBlank @Size(max = 300) String name, @Nullable @Size(max = 50) String unit,
			@NotNull Direction direction, @NotNull BigDecimal baselineValue, @NotNull LocalDate baselineOn,
			@NotNull BigDecimal targetValue, @NotNull LocalDate targetOn) {

		IndicatorData toData() {
			return new IndicatorData(name, unit, direction, baselineValue, baselineOn, targetValue, targetOn);
		}
	}

	record IndicatorValueBody(@NotNull BigDecimal value, @NotNull LocalDate measuredOn,
			@Nullable @Size(max = 300) String source) {

		ValueData toData() {
			return new ValueData(value, measuredOn, source);
		}
	}
}
