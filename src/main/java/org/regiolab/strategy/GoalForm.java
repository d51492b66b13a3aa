package org.regiolab.strategy;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.NumberFormat;

/** The page's form for a goal; the weight in the reader's number format (1,5 in German). */
class GoalForm {

	@NotBlank
	@Size(max = 300)
	private @Nullable String title;

	@Size(max = 10000)
	private @Nullable String description;

	@NotNull
	@NumberFormat(pattern = Bounds.FORM_PATTERN)
	private @Nullable BigDecimal weight = BigDecimal.ONE;

	private @Nullable UUID parentId;

	@Min(0)
	@Max(10000)
	private @Nullable Integer position;

	static GoalForm of(GoalData data) {
		GoalForm form = new GoalForm();
		form.title = data.title();
		form.description = data.description();
		form.weight = data.weight();
		form.parentId = data.parent();
		form.position = data.position();
		return form;
	}

	GoalData toData() {
		return new GoalData(title, description, weight, parentId, position);
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable String getDescription() {
		return description;
	}

	public void setDescription(@Nullable String description) {
		this.description = description;
	}

	public @Nullable BigDecimal getWeight() {
		return weight;
	}

	public void setWeight(@Nullable BigDecimal weight) {
		this.weight = weight;
	}

	public @Nullable UUID getParentId() {
		return parentId;
	}

	public void setParentId(@Nullable UUID parentId) {
		this.parentId = parentId;
	}

	public @Nullable Integer getPosition() {
		return position;
	}

	public void setPosition(@Nullable Integer position) {
		this.position = position;
	}
}
