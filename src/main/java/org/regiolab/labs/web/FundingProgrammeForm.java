package org.regiolab.labs.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.Fund;
import org.regiolab.labs.FundingProgrammeData;

/** The funding programme form's fields; the logo is uploaded on its own. */
class FundingProgrammeForm {

	@NotBlank
	@Size(max = 200)
	private String name = "";

	@NotNull
	private @Nullable Fund fund = Fund.ESF;

	@Size(max = 300)
	private @Nullable String operator;

	@NotBlank
	@Size(max = 2000)
	private String notice = "";

	static FundingProgrammeForm of(FundingProgrammeData data) {
		FundingProgrammeForm form = new FundingProgrammeForm();
		form.name = data.name();
		form.fund = data.fund();
		form.operator = data.operator();
		form.notice = data.notice();
		return form;
	}

	FundingProgrammeData toData() {
		return new FundingProgrammeData(name, fund, operator, notice);
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public @Nullable Fund getFund() {
		return fund;
	}

	public void setFund(@Nullable Fund fund) {
		this.fund = fund;
	}

	public @Nullable String getOperator() {
		return operator;
	}

	public void setOperator(@Nullable String operator) {
		this.operator = operator;
	}

	public String getNotice() {
		return notice;
	}

	public void setNotice(String notice) {
		this.notice = notice;
	}
}
