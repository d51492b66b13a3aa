package org.regiolab.labs.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.CertificationData;

import org.springframework.format.annotation.DateTimeFormat;

/** The certification form: name, award date, validity and rows of criteria. */
class CertificationForm {

	/** How many empty criterion rows the form offers. */
	static final int SPARE_CRITERIA = 2;

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotNull
	@DateTimeFormat(pattern = "dd.MM.yyyy")
	private @Nullable LocalDate awardedOn;

	@NotNull
	@Min(1)
	@Max(240)
	private @Nullable Integer validityMonths = 24;

	@Valid
	@Size(max = 50)
	private List<CriterionRow> criteria = new ArrayList<>();

	/** A criterion row. */
	public static class CriterionRow {

		@Size(max = 1000)
		private String text = "";

		private boolean met;

		@Size(max = 2000)
		private @Nullable String evidence;

		public String getText() {
			return text;
		}

		public void setText(@Nullable String text) {
			this.text = text == null ? "" : text;
		}

		public boolean isMet() {
			return met;
		}

		public void setMet(boolean met) {
			this.met = met;
		}

		public @Nullable String getEvidence() {
			return evidence;
		}

		public void setEvidence(@Nullable String evidence) {
			this.evidence = evidence;
		}
	}

	static CertificationForm of(CertificationData data) {
		CertificationForm form = new CertificationForm();
		form.name = data.name();
		form.awardedOn = data.awardedOn();
		form.validityMonths = data.validityMonths();
		data.criteria().forEach(criterion -> {
			CriterionRow row = new CriterionRow();
			row.text = criterion.text();
			row.met = criterion.met();
			row.evidence = criterion.evidence();
			form.criteria.add(row);
		});
		return form;
	}

	/** Offers empty rows below the others; rows left empty stay where they are, as the binding's errors name rows by index. */
	CertificationForm withSpareRows(int spare) {
		for (int i = 0; i < spare; i++) {
			criteria.add(new CriterionRow());
		}
		return this;
	}

	CertificationData toData() {
		return new CertificationData(name, awardedOn, validityMonths, criteria.stream()
			.map(row -> new CertificationData.Criterion(row.text, row.met, row.evidence))
			.toList());
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable LocalDate getAwardedOn() {
		return awardedOn;
	}

	public void setAwardedOn(@Nullable LocalDate awardedOn) {
		this.awardedOn = awardedOn;
	}

	public @Nullable Integer getValidityMonths() {
		return validityMonths;
	}

	public void setValidityMonths(@Nullable Integer validityMonths) {
		this.validityMonths = validityMonths;
	}

	public List<CriterionRow> getCriteria() {
		return criteria;
	}

	public void setCriteria(@Nullable List<CriterionRow> criteria) {
		this.criteria = criteria == null ? new ArrayList<>() : criteria;
	}
}
