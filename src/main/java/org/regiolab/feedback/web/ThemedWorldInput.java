package org.regiolab.feedback.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.feedback.ThemedWorldData;

/** A themed world as the API takes it. */
record ThemedWorldInput(@NotBlank @Size(max = 300) String title, @Nullable @Size(max = 20000) String description,
		@NotNull LocalDate startsOn, @NotNull LocalDate endsOn, @Nullable @Size(max = 2000) String reportNotice,
		@Nullable @Size(max = 10) List<UUID> fundingProgrammeIds) {

	ThemedWorldData toData() {
		return new ThemedWorldData(title, description, startsOn, endsOn, reportNotice,
				fundingProgrammeIds == null ? List.of() : fundingProgrammeIds);
	}
}
