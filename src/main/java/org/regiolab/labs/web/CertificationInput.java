package org.regiolab.labs.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.CertificationData;

/** A certification as the API takes it; {@code awardedOn} as 2021-11-26. */
record CertificationInput(@NotBlank @Size(max = 200) String name, @NotNull LocalDate awardedOn,
		@NotNull @Min(1) @Max(240) Integer validityMonths,
		@Nullable @Size(max = 50) List<@Valid @NotNull Criterion> criteria) {

	/** A criterion, whether it is met, and the evidence. */
	record Criterion(@NotBlank @Size(max = 1000) String text, boolean met, @Nullable @Size(max = 2000) String evidence) {
	}

	CertificationData toData() {
		return new CertificationData(name, awardedOn, validityMonths, criteria == null ? List.of()
				: criteria.stream().map(c -> new CertificationData.Criterion(c.text(), c.met(), c.evidence())).toList());
	}
}
