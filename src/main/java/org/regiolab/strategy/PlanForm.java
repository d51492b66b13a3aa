package org.regiolab.strategy;

import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The page's form for a plan; fields named as the API names them. */
class PlanForm {

	@NotNull
	private @Nullable UUID allianceId;

	@NotNull
	private @Nullable PlanKind kind = PlanKind.ZUKUNFTSPLAN;

	@NotBlank
	@Size(max = 300)
	private @Nullable String title;

	@NotNull
	@Min(1900)
	@Max(2200)
	private @Nullable Integer fromYear;

	@NotNull
	@Min(1900)
	@Max(2200)
	private @Nullable Integer toYear;

	@Size(max = 10000)
	private @Nullable String vision;

	static PlanForm of(PlanData data) {
		PlanForm form = new PlanForm();
		form.allianceId = data.alliance();
		form.kind = data.kind();
		form.title = data.title();
		form.fromYear = data.fromYear();
		form.toYear = data.toYear();
		form.vision = data.vision();
		return form;
	}

	PlanData toData() {
		return new PlanData(allianceId, kind, title, fromYear, toYear, vision);
	}

	public @Nullable UUID getAllianceId() {
		return allianceId;
	}

	public void setAllianceId(@Nullable UUID allianceId) {
		this.allianceId = allianceId;
	}

	public @Nullable PlanKind getKind() {
		return kind;
	}

	public void setKind(@Nullable PlanKind kind) {
		this.kind = kind;
	}

	public @Nullable String getTitle() {
		return title;
	}

	public void setTitle(@Nullable String title) {
		this.title = title;
	}

	public @Nullable Integer getFromYear() {
		return fromYear;
	}

	public void setFromYear(@Nullable Integer fromYear) {
		this.fromYear = fromYear;
	}

	public @Nullable Integer getToYear() {
		return toYear;
	}

	public void setToYear(@Nullable Integer toYear) {
		this.toYear = toYear;
	}

	public @Nullable String getVision() {
		return vision;
	}

	public void setVision(@Nullable String vision) {
		this.vision = vision;
	}
}
