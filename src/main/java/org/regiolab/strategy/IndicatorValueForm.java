package org.regiolab.strategy;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.NumberFormat;

/** The page's form for a value of an indicator. */
class IndicatorValueForm {

	@NotNull
	@NumberFormat(pattern = Bounds.FORM_PATTERN)
	private @Nullable BigDecimal value;

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate measuredOn;

	@Size(max = 300)
	private @Nullable String source;

	static IndicatorValueForm of(ValueData data) {
		IndicatorValueForm form = new IndicatorValueForm();
		form.value = data.value();
		form.measuredOn = data.measuredOn();
		form.source = data.source();
		return form;
	}

	ValueData toData() {
		return new ValueData(value, measuredOn, source);
	}

	public @Nullable BigDecimal getValue() {
		return value;
	}

	public void setValue(@Nullable BigDecimal value) {
		this.value = value;
	}

	public @Nullable LocalDate getMeasuredOn() {
		return measuredOn;
	}

	public void setMeasuredOn(@Nullable LocalDate measuredOn) {
		this.measuredOn = measuredOn;
	}

	public @Nullable String getSource() {
		return source;
	}

	public void setSource(@Nullable String source) {
		this.source = source;
	}
}
