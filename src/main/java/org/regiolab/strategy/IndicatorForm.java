package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/** The page's form for an indicator; numbers in the reader's format, dates as the browser's date field sends them. */
class IndicatorForm {

	@NotBlank
	@Size(max = 300)
	private @Nullable String name;

	@Size(max = 50)
	private @Nullable String unit;

	@NotNull
	private @Nullable Direction direction = Direction.MORE_IS_BETTER;

	@NotNull
	@NumberFormat(pattern = Bounds.FORM_PATTERN)
	private @Nullable BigDecimal baselineValue;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate baselineOn;

	@NotNull
	@NumberFormat(pattern = Bounds.FORM_PATTERN)
	private @Nullable BigDecimal targetValue;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate targetOn;

	static IndicatorForm of(IndicatorData data) {
		IndicatorForm form = new IndicatorForm();
		form.name = data.name();
		form.unit = data.unit();
		form.direction = data.direction();
		form.baselineValue = data.baselineValue();
		form.baselineOn = data.baselineOn();
		form.targetValue = data.targetValue();
		form.targetOn = data.targetOn();
		return form;
	}

	IndicatorData toData() {
		return new IndicatorData(name, unit, direction, baselineValue, baselineOn, targetValue, targetOn);
	}

	public @Nullable String getName() {
		return name;
	}

	public void setName(@Nullable String name) {
		this.name = name;
	}

	public @Nullable String getUnit() {
		return unit;
	}

	public void setUnit(@Nullable String unit) {
		this.unit = unit;
	}

	public @Nullable Direction getDirection() {
		return direction;
	}

	public void setDirection(@Nullable Direction direction) {
		this.direction = direction;
	}

	public @Nullable BigDecimal getBaselineValue() {
		return baselineValue;
	}

	public void setBaselineValue(@Nullable BigDecimal baselineValue) {
		this.baselineValue = baselineValue;
	}

	public @Nullable LocalDate getBaselineOn() {
		return baselineOn;
	}

	public void setBaselineOn(@Nullable LocalDate baselineOn) {
		this.baselineOn = baselineOn;
	}

	public @Nullable BigDecimal getTargetValue() {
		return targetValue;
	}

	public void setTargetValue(@Nullable BigDecimal targetValue) {
		this.targetValue = targetValue;
	}

	public @Nullable LocalDate getTargetOn() {
		return targetOn;
	}

	public void setTargetOn(@Nullable LocalDate targetOn) {
		this.targetOn = targetOn;
	}
}
