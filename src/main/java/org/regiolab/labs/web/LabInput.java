package org.regiolab.labs.web;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.regiolab.labs.LabData;
import org.regiolab.labs.LabKind;

/** A lab as the API takes it. */
record LabInput(@NotBlank @Size(max = 300) String name, @NotNull LabKind kind, @Nullable UUID allianceId,
		@JsonAlias("coordinatorId") @Nullable UUID coordinatingOrganizationId,
		@JsonAlias("memberIds") @Nullable @Size(max = 500) List<@NotNull UUID> memberOrganizationIds,
		@Nullable @Size(max = 200) String place, @Nullable @Size(max = 10000) String background,
		@Nullable @Size(max = 10000) String goals, @Nullable @Size(max = 200) String phase) {

	LabData toData() {
		return new LabData(name, kind, allianceId, coordinatingOrganizationId,
				memberOrganizationIds == null ? List.of() : memberOrganizationIds, place, background, goals, phase);
	}
}
