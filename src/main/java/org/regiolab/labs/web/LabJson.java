package org.regiolab.labs.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.regiolab.labs.LabKind;
import org.regiolab.labs.LabView;
import org.regiolab.network.NetworkDirectory.Entry;

/** A lab as the API answers it. */
record LabJson(UUID id, String name, LabKind kind, @Nullable UUID allianceId, @Nullable String allianceName,
		@Nullable UUID coordinatingOrganizationId, @Nullable String coordinatingOrganizationName,
		List<Entry> memberOrganizations, @Nullable String place, @Nullable String background, @Nullable String goals,
		@Nullable String phase, Instant createdAt, Instant updatedAt) {

	static LabJson of(LabView view) {
		var data = view.data();
		return new LabJson(view.id(), data.name(), data.kind(), data.alliance(), view.allianceName(), data.coordinator(),
				view.coordinatorName(), view.members(), data.place(), data.background(), data.goals(), data.phase(),
				view.createdAt(), view.updatedAt());
	}
}
