package org.regiolab.labs.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.Fund;
import org.regiolab.labs.FundingProgrammeData;

/** A funding programme as the API takes it. */
record FundingProgrammeInput(@NotBlank @Size(max = 200) String name, @NotNull Fund fund,
		@Nullable @Size(max = 300) String operator, @NotBlank @Size(max = 2000) String notice) {

	FundingProgrammeData toData() {
		return new FundingProgrammeData(name, fund, operator, notice);
	}
}
